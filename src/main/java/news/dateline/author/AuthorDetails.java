package news.dateline.author;

import java.util.List;

/**
 * What an editor sets on a byline. An empty slug is made from the name.
 */
public record AuthorDetails(String name, String slug, String bio, String photoUrl, List<String> beats,
		List<AuthorLink> links) {

	public AuthorDetails {
		beats = (beats == null) ? List.of() : List.copyOf(beats);
		links = (links == null) ? List.of() : List.copyOf(links);
	}

}
