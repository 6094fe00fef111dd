package news.dateline.comment;

import news.dateline.system.ContentChange;

/**
 * Published when a comment becomes visible to every reader of a story.
 */
public record CommentApproved(Long articleId, Long commentId) implements ContentChange {

	@Override
	public String entityType() {
		return COMMENT;
	}

	@Override
	public Long entityId() {
		return this.commentId;
	}

}
