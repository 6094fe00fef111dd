package news.dateline.live;

/**
 * Published on every node when PostgreSQL tells it ({@code LISTEN/NOTIFY}) that some node
 * wrote to a live story: its event streams catch up from the database.
 */
public record LiveNotified(Long articleId) {

}
