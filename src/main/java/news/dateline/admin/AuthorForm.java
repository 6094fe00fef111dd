package news.dateline.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import news.dateline.author.AuthorDetails;
import news.dateline.author.AuthorLink;
import news.dateline.system.Versioned;

/**
 * A byline as an editor edits it: beats separated by commas, links one per line as
 * {@code Label | https://...}; {@code version} is the row version the form was read at.
 */
record AuthorForm(@NotBlank @Size(max = 160) String name, @Size(max = 80) String slug, @Size(max = 2000) String bio,
		@Size(max = 500) @Pattern(regexp = "|https?://\\S+") String photoUrl, @Size(max = 1000) String beats,
		@Size(max = 5000) String links, long version) {

	static final int BEAT_LENGTH = 80;

	static AuthorForm empty() {
		return new AuthorForm("", "", "", "", "", "", 0);
	}

	static AuthorForm of(Versioned<AuthorDetails> author) {
		AuthorDetails details = author.value();
		StringBuilder links = new StringBuilder();
		for (AuthorLink link : details.links()) {
			links.append(link.label()).append(" | ").append(link.url()).append('\n');
		}
		return new AuthorForm(details.name(), details.slug(), details.bio(), details.photoUrl(),
				String.join(", ", details.beats()), links.toString(), author.version());
	}

	/**
	 * The rules Bean Validation cannot say: each beat fits, each link line reads "Label |
	 * URL".
	 */
	void check(BindingResult result) {
		if (!result.hasFieldErrors("beats") && beatList().stream().anyMatch((beat) -> beat.length() > BEAT_LENGTH)) {
			result.rejectValue("beats", "authorForm.beats.too-long");
		}
		if (!result.hasFieldErrors("links") && linkList() == null) {
			result.rejectValue("links", "authorForm.links.malformed");
		}
	}

	AuthorDetails toDetails() {
		return new AuthorDetails(this.name, this.slug, blankToNull(this.bio), blankToNull(this.photoUrl), beatList(),
				linkList());
	}

	private List<String> beatList() {
		return Arrays.stream(((this.beats != null) ? this.beats : "").split(","))
			.map(String::strip)
			.filter((beat) -> !beat.isEmpty())
			.toList();
	}

	/** The links, or null when a line is not "Label | http(s)://...". */
	private List<AuthorLink> linkList() {
		List<AuthorLink> parsed = new ArrayList<>();
		for (String line : ((this.links != null) ? this.links : "").split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int bar = line.indexOf('|');
			String label = (bar > 0) ? line.substring(0, bar).strip() : "";
			String url = (bar > 0) ? line.substring(bar + 1).strip() : "";
			if (label.isEmpty() || label.length() > 80 || url.length() > 500 || !url.matches("https?://\\S+")) {
				return null;
			}
			parsed.add(new AuthorLink(label, url));
		}
		return parsed;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
