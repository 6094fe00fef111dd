package news.dateline.comment;

import news.dateline.system.FieldRejectedException;

/**
 * A comment that cannot be taken as sent, with the form field at fault and a message key
 * that tells the commenter why (a duplicate, a reply to a comment that is gone).
 */
public class CommentRejectedException extends FieldRejectedException {

	public CommentRejectedException(String field, String messageKey) {
		super(field, messageKey);
	}

}
