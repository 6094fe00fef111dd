package news.dateline.comment;

import java.time.Instant;

/**
 * A comment held for moderation, as a moderator's mail names it: who wrote it (their
 * name, never their email), the start of its text, and the story it is under.
 *
 * @param id the comment
 * @param articleId its story
 * @param authorName the commenter's name
 * @param excerpt the start of the text
 * @param createdAt when it was submitted
 */
public record HeldComment(Long id, Long articleId, String authorName, String excerpt, Instant createdAt) {

}
