package news.dateline.article;

/**
 * A run of words in a diff: unchanged, inserted by the newer revision or deleted from the
 * older one.
 */
public record DiffSegment(Change change, String text) {

	public boolean inserted() {
		return this.change == Change.INSERTED;
	}

	public boolean deleted() {
		return this.change == Change.DELETED;
	}

	/** What happened to a run of words. */
	public enum Change {

		UNCHANGED, INSERTED, DELETED

	}

}
