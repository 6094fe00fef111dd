package news.dateline.transfer;

import news.dateline.system.RuleViolationException;

/**
 * An import was asked for while another one runs (on this node or another); imports run
 * one at a time.
 */
public class ImportAlreadyRunningException extends RuleViolationException {

	public ImportAlreadyRunningException() {
		super("admin.import.already-running");
	}

}
