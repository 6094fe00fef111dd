package news.dateline.article;

/**
 * A workflow move that the story's state does not allow (publishing a story that is
 * already live, scheduling for a time that has passed); carries the message key that
 * tells the editor why.
 */
public class WorkflowException extends RuntimeException {

	private final String messageKey;

	public WorkflowException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
