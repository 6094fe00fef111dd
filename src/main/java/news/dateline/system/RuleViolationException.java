package news.dateline.system;

/**
 * An action a service refuses because of a rule rather than a form field (the last
 * Administrator cannot be disabled, a tag cannot be merged into itself); the page says
 * why, by message key.
 */
public class RuleViolationException extends RuntimeException {

	private final String messageKey;

	public RuleViolationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
