package news.dateline.author;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and keeps bylines.
 */
@Service
@Transactional(readOnly = true)
public class AuthorService {

	private final AuthorRepository authors;

	AuthorService(AuthorRepository authors) {
		this.authors = authors;
	}

	public AuthorView bySlug(String slug) {
		return this.authors.findBySlug(slug)
			.map(Author::toView)
			.orElseThrow(() -> new AuthorNotFoundException(slug));
	}

	/** The authors with these slugs, in the same order; an unknown slug is an error. */
	public List<Author> requireAll(List<String> slugs) {
		return slugs.stream().map((slug) -> this.authors.findBySlug(slug).orElseThrow(() -> new AuthorNotFoundException(slug))).toList();
	}

	@Transactional
	public Author create(String slug, String name, String bio, List<String> beats, List<AuthorLink> links) {
		Author author = new Author(slug, name, bio);
		author.setBeats(beats);
		author.setLinks(links);
		return this.authors.save(author);
	}

	/**
	 * Makes the author unless one with this slug exists (imports).
	 * @return whether the author was made
	 */
	@Transactional
	public boolean createIfAbsent(String slug, String name, String bio, String photoUrl, List<String> beats,
			List<AuthorLink> links) {
		if (this.authors.findBySlug(slug).isPresent()) {
			return false;
		}
		create(slug, name, bio, beats, links).setPhotoUrl(photoUrl);
		return true;
	}

}
