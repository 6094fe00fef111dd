package news.dateline.transfer;

import news.dateline.transfer.ImportIssue.Reason;

/** A reason to leave an entry out, thrown while it is being read. */
final class Skip extends Exception {

	private final Reason reason;

	private final String detail;

	Skip(Reason reason, String detail) {
		super(reason.name(), null, false, false);
		this.reason = reason;
		this.detail = detail;
	}

	Reason reason() {
		return this.reason;
	}

	String detail() {
		return this.detail;
	}

}
