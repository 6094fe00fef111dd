package news.dateline.system;

/**
 * A value a service will not take, named by its form field and a message key (a slug
 * already in use, a password that is too short); the controller shows the message beside
 * that field.
 */
public class FieldRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public FieldRejectedException(String field, String messageKey) {
		super(field + ": " + messageKey);
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
