package news.dateline.transfer;

/**
 * An import was asked for while another one runs on this node; imports run one at a time.
 */
public class ImportAlreadyRunningException extends RuntimeException {

	public ImportAlreadyRunningException() {
		super("an import is already running");
	}

}
