package news.dateline.search;

import java.util.List;

/**
 * A page of search results, or the reason there are none: {@code problem} is a message
 * key for an empty, over-long or wordless query, null otherwise.
 */
public record SearchResults(SearchRequest request, List<SearchHit> hits, long total, boolean totalIsLowerBound,
		int page, int pages, String problem) {

	static SearchResults problem(SearchRequest request, String problem) {
		return new SearchResults(request, List.of(), 0, false, 1, 0, problem);
	}

	public boolean hasPrevious() {
		return this.page > 1;
	}

	public boolean hasNext() {
		return this.page < this.pages;
	}

}
