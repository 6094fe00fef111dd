package news.dateline.transfer;

/**
 * An uploaded file the import will not start on (empty, too large, not XML, not a
 * WordPress export), by message key and arguments; the import page shows the message
 * beside the file field.
 */
public class ImportRejectedException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public ImportRejectedException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] args() {
		return this.args.clone();
	}

}
