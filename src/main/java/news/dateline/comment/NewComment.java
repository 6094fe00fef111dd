package news.dateline.comment;

import java.time.Duration;

/**
 * A comment as it arrives from the "Leave a Reply" form, with what the form tells of the
 * sender.
 *
 * @param parentId the comment replied to, or null
 * @param honeypotFilled whether the field hidden from people was filled in
 * @param timeOnPage how long the form was open, or null when unknown
 */
public record NewComment(Long articleId, Long parentId, Commenter commenter, String body, boolean honeypotFilled,
		Duration timeOnPage) {
}
