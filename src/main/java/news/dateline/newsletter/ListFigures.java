package news.dateline.newsletter;

/**
 * A list's subscriber counts for the admin.
 *
 * @param list the list
 * @param active confirmed subscribers
 * @param pending subscribers awaiting confirmation
 * @param unsubscribed those who left
 */
public record ListFigures(NewsletterList list, long active, long pending, long unsubscribed) {

}
