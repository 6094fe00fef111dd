package news.dateline.live;

/**
 * Where an entry's permalink leads: its story, its anchor, and the {@code olderThan}
 * cursor of a page that holds it (null for the newest page).
 */
public record LiveEntryPlace(Long articleId, String anchor, Long olderThan) {

}
