package news.dateline.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.springframework.web.util.UriComponentsBuilder;

import news.dateline.system.Edition;

/**
 * A reader's search as the results page received it: the words, the optional section,
 * author and date filters (dates inclusive, in the site's time zone), the page asked for,
 * and whether a date given could not be read. {@code language} is the code of the edition
 * searched ("es"), or null for the default edition: only its stories are found, and its
 * words are analysed in its language.
 */
public record SearchRequest(String query, String section, String author, LocalDate from, LocalDate to, int page,
		boolean badDate, String language) {

	public static final int MAX_QUERY_LENGTH = 200;

	public SearchRequest {
		query = (query == null) ? "" : query.strip();
		section = blankToNull(section);
		author = blankToNull(author);
		page = Math.max(1, page);
		language = blankToNull(language);
	}

	/** A search of the default edition. */
	public SearchRequest(String query, String section, String author, LocalDate from, LocalDate to, int page,
			boolean badDate) {
		this(query, section, author, from, to, page, badDate, null);
	}

	/**
	 * This search in an edition; the default edition's is kept as null, as its pages have
	 * no prefix.
	 */
	public SearchRequest inEdition(Edition edition) {
		return new SearchRequest(this.query, this.section, this.author, this.from, this.to, this.page, this.badDate,
				edition.isDefault() ? null : edition.code());
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
		return new SearchRequest(this.query, this.section, this.author, this.from, this.to, number, this.badDate,
				this.language);
	}

	/**
	 * The results page URL of this search at another page, under its edition's prefix
	 * ("/es/search").
	 */
	public String url(int number) {
		return UriComponentsBuilder.fromPath((this.language != null) ? "/" + this.language + "/search" : "/search")
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
