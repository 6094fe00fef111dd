package news.dateline.author;

import java.util.List;

import news.dateline.system.SluggedItems;

/**
 * What an editor sets on a byline. An empty slug is made from the name.
 */
public record AuthorDetails(String name, String slug, String bio, String photoUrl, List<String> beats,
		List<AuthorLink> links) implements SluggedItems.Details<AuthorDetails> {

	public AuthorDetails {
		beats = (beats == null) ? List.of() : List.copyOf(beats);
		links = (links == null) ? List.of() : List.copyOf(links);
	}

	@Override
	public AuthorDetails named(String newName, String newSlug) {
		return new AuthorDetails(newName, newSlug, this.bio, this.photoUrl, this.beats, this.links);
	}

}
