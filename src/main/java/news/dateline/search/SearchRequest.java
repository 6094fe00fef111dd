package news.dateline.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A reader's search as the results page received it: the words, the optional section,
 * author and date filters (dates inclusive, in the site's time zone), the page asked for,
 * and whether a date given could not be read.
 */
public record SearchRequest(String query, String section, String author, LocalDate from, LocalDate to, int page,
		boolean badDate) {

	public static final int MAX_QUERY_LENGTH = 200;

	public SearchRequest {
		query = (query == null) ? "" : query.strip();
		section = blankToNull(section);
		author = blankToNull(author);
		page = Math.max(1, page);
	}

	/** The request from the raw parameters; nothing malformed in them is an error. */
	public static SearchRequest parse(String query, String section, String author, String from, String to,
			String page) {
		LocalDate fromDate = date(from);
		LocalDate toDate = date(to);
		boolean badDate = (fromDate == null && from != null && !from.isBlank())
				|| (toDate == null && to != null && !to.isBlank());
		int number = (page != null && page.strip().matches("\\d{1,4}")) ? Integer.parseInt(page.strip()) : 1;
		return new SearchRequest(query, section, author, fromDate, toDate, number, badDate);
	}

	/** The words only, first page. */
	public static SearchRequest of(String query) {
		return new SearchRequest(query, null, null, null, null, 1, false);
	}

	public SearchRequest page(int number) {
		return new SearchRequest(this.query, this.section, this.author, this.from, this.to, number, this.badDate);
	}

	/** The results page URL of this search at another page. */
	public String url(int number) {
		return UriComponentsBuilder.fromPath("/search")
			.queryParam("q", this.query)
			.queryParamIfPresent("section", Optional.ofNullable(this.section))
			.queryParamIfPresent("author", Optional.ofNullable(this.author))
			.queryParamIfPresent("from", Optional.ofNullable(this.from))
			.queryParamIfPresent("to", Optional.ofNullable(this.to))
			.queryParam("page", number)
			.encode()
			.build()
			.toUriString();
	}

	private static LocalDate date(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
