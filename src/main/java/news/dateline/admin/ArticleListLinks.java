package news.dateline.admin;

import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import org.springframework.web.util.UriUtils;

import news.dateline.article.ArticleSearch;
import news.dateline.article.ArticleSort;

/**
 * The URLs of the admin article list for a search (its tabs, its pages), with only the
 * parameters that say something.
 */
public final class ArticleListLinks {

	public String to(ArticleSearch search) {
		StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
		add(query, "q", search.q());
		add(query, "status", search.status());
		add(query, "section", search.section());
		add(query, "author", search.author());
		add(query, "from", search.from());
		add(query, "to", search.to());
		add(query, "sort", (search.sort() == ArticleSort.NEWEST) ? null : search.sort());
		add(query, "after", search.after());
		add(query, "before", search.before());
		return "/admin/articles" + query;
	}

	private static void add(StringJoiner query, String name, Object value) {
		if (value != null) {
			query.add(name + "=" + UriUtils.encodeQueryParam(value.toString(), StandardCharsets.UTF_8));
		}
	}

}
