package news.dateline.comment;

import java.util.List;

/**
 * One tab of the moderation queue, newest first, with the cursor of the next (older) page
 * or null.
 */
public record ModerationQueue(CommentStatus status, List<ModerationItem> items, Long olderThan) {
}
