package news.dateline.comment;

/**
 * A comment that cannot be taken as sent, with the form field at fault and a message key that tells
 * the commenter why (a duplicate, a reply to a comment that is gone).
 */
public class CommentRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public CommentRejectedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
