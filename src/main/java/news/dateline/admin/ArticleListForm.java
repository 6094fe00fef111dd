package news.dateline.admin;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import news.dateline.article.ArticleSearch;
import news.dateline.article.ArticleSort;
import news.dateline.article.ArticleStatus;

/**
 * The admin article list's filter form (a GET form, so a search is a link): a value that
 * does not parse is left out of the search, never an error page.
 */
record ArticleListForm(String q, ArticleStatus status, String section, String author,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, ArticleSort sort, Long after, Long before) {

	private static final int MAX_WORDS = 200;

	ArticleSearch toSearch() {
		String words = (this.q != null && this.q.length() > MAX_WORDS) ? this.q.substring(0, MAX_WORDS) : this.q;
		return new ArticleSearch(words, this.status, this.section, this.author, this.from, this.to, this.sort,
				this.after, this.before);
	}

}
