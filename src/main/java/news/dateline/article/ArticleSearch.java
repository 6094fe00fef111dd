package news.dateline.article;

import java.time.LocalDate;

/**
 * What the admin article list is asked for: words of the headline, status, section and
 * byline (by slug), a range of days the story was last edited in (site time zone, both
 * inclusive), an order, and a keyset position: after or before the story with that id.
 * Every part may be null.
 */
public record ArticleSearch(String q, ArticleStatus status, String section, String author, LocalDate from, LocalDate to,
		ArticleSort sort, Long after, Long before) {

	public ArticleSearch {
		q = (q == null || q.isBlank()) ? null : q.strip();
		section = (section == null || section.isBlank()) ? null : section;
		author = (author == null || author.isBlank()) ? null : author;
		sort = (sort == null) ? ArticleSort.NEWEST : sort;
		if (after != null) {
			before = null;
		}
	}

	/** Everything, newest edits first. */
	public static ArticleSearch all() {
		return new ArticleSearch(null, null, null, null, null, null, null, null, null);
	}

	/** The same search from its first page. */
	public ArticleSearch firstPage() {
		return new ArticleSearch(this.q, this.status, this.section, this.author, this.from, this.to, this.sort, null,
				null);
	}

	/** The same search after the story {@code id}. */
	public ArticleSearch after(Long id) {
		return new ArticleSearch(this.q, this.status, this.section, this.author, this.from, this.to, this.sort, id,
				null);
	}

	/** The same search before the story {@code id}. */
	public ArticleSearch before(Long id) {
		return new ArticleSearch(this.q, this.status, this.section, this.author, this.from, this.to, this.sort, null,
				id);
	}

	/** The same search in another status (from its first page). */
	public ArticleSearch inStatus(ArticleStatus other) {
		return new ArticleSearch(this.q, other, this.section, this.author, this.from, this.to, this.sort, null, null);
	}

	public boolean filtered() {
		return this.q != null || this.section != null || this.author != null || this.from != null || this.to != null;
	}

}
