package news.dateline.article;

/**
 * Two versions of a story for the editor whose save was refused: what they sent and what
 * is stored now, and the version to send when they save their merge.
 */
public record ArticleConflict(Long id, ArticleEdit theirs, ArticleEdit current, long currentVersion) {

	/**
	 * Their text, carrying the current version, so saving it again is a deliberate
	 * overwrite.
	 */
	public ArticleEdit merge() {
		return this.theirs.withVersion(this.currentVersion);
	}

}
