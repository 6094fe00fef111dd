package news.dateline.article;

import java.util.List;

/**
 * The public record of how a live story changed: every version readers saw, newest first,
 * each with what changed since the one before.
 */
public record PublicVersions(Long articleId, String slug, String headline, List<PublicVersion> versions) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

	public String versionsUrl() {
		return PublicVersion.pageOf(this.slug);
	}

	/**
	 * One version readers saw: when, whether it was only a minor fix, and its changes.
	 */
	public record PublicVersion(int number, java.time.Instant shownAt, boolean minor, List<DiffSegment> headline,
			List<DiffSegment> deck, List<DiffSegment> dateline, List<DiffSegment> body,
			List<CorrectionView> corrections) {

		static String pageOf(String slug) {
			return ArticleView.urlOf(slug) + "/versions";
		}

		public boolean first() {
			return this.number == 1;
		}

		public String anchor() {
			return "version-" + this.number;
		}

		/** Whether the part (headline, deck, dateline, body) changed in this version. */
		public boolean changed(List<DiffSegment> part) {
			return part.stream().anyMatch((segment) -> segment.inserted() || segment.deleted());
		}

	}

}
