package news.dateline.author;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An author as the author box and author page show them.
 */
public record AuthorView(Long id, String slug, String name, String bio, String photoUrl, List<String> beats,
		List<AuthorLink> links) {

	public String url() {
		return "/authors/" + this.slug;
	}

	/** Up to two initials, shown where there is no photo. */
	public String initials() {
		return Arrays.stream(this.name.trim().split("\\s+"))
			.filter((part) -> !part.isEmpty())
			.limit(2)
			.map((part) -> part.substring(0, 1).toUpperCase(Locale.ROOT))
			.collect(Collectors.joining());
	}

	/** The beats as prose: "news, showbiz, technology". */
	public String beatList() {
		return String.join(", ", this.beats);
	}

}
