package news.dateline.author;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.author.internal.AuthorRepository;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.SlugPage;
import news.dateline.system.SluggedItems;
import news.dateline.system.Versioned;

/**
 * Reads and keeps bylines. Editors and Administrators add and change them in the admin.
 */
@Service
@Transactional(readOnly = true)
public class AuthorService {

	/** Authors per page of the admin list. */
	public static final int PAGE_SIZE = 50;

	/** The longest slug the schema takes. */
	static final int SLUG_LENGTH = 80;

	private final AuthorRepository authors;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final SluggedItems<Author, AuthorDetails> edits;

	AuthorService(AuthorRepository authors, CurrentActor currentActor, AuditLog audit,
			ApplicationEventPublisher events) {
		this.events = events;
		this.authors = authors;
		this.currentActor = currentActor;
		this.audit = audit;
		this.edits = new SluggedItems<>(Author.class, SLUG_LENGTH, Author::apply, authors::existsBySlugAndIdNot);
	}

	public AuthorView bySlug(String slug) {
		return this.authors.findBySlug(slug).map(Author::toView).orElseThrow(() -> new AuthorNotFoundException(slug));
	}

	/** The authors with these slugs, in the same order; an unknown slug is an error. */
	public List<Author> requireAll(List<String> slugs) {
		return slugs.stream()
			.map((slug) -> this.authors.findBySlug(slug).orElseThrow(() -> new AuthorNotFoundException(slug)))
			.toList();
	}

	/** A page of all authors by slug, after the given one. */
	public SlugPage<AuthorView> page(String after) {
		return SlugPage
			.of(this.authors.findBySlugGreaterThanOrderBySlug((after != null) ? after : "", Limit.of(PAGE_SIZE + 1))
				.stream()
				.map(Author::toView)
				.toList(), PAGE_SIZE, AuthorView::slug);
	}

	/** Authors by name, for choosing one (at most 500). */
	public List<AuthorView> choices() {
		return this.authors.findAllByOrderByNameAscIdAsc(Limit.of(500)).stream().map(Author::toView).toList();
	}

	/** The names of these authors by id; unknown ids are left out. */
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> names = new HashMap<>();
		if (!ids.isEmpty()) {
			for (Object[] row : this.authors.findNames(ids)) {
				names.put((Long) row[0], (String) row[1]);
			}
		}
		return names;
	}

	/** The names of the authors with these slugs, by slug; unknown slugs are left out. */
	public Map<String, String> namesBySlug(Collection<String> slugs) {
		Map<String, String> names = new HashMap<>();
		if (!slugs.isEmpty()) {
			for (Object[] row : this.authors.findNamesBySlug(slugs)) {
				names.put((String) row[0], (String) row[1]);
			}
		}
		return names;
	}

	public Versioned<AuthorDetails> editing(Long id) {
		Author author = find(id);
		return new Versioned<>(author.getId(), author.getVersion(), author.details());
	}

	@Transactional
	public Author create(String slug, String name, String bio, List<String> beats, List<AuthorLink> links) {
		Author author = new Author(slug, name, bio);
		author.setBeats(beats);
		author.setLinks(links);
		return this.authors.save(author);
	}

	/** Adds a byline (Editors and up). */
	@Transactional
	public AuthorView create(AuthorDetails details) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Author author = this.authors.save(this.edits.create(new Author(null, details.name(), null), details));
		this.audit.record(actor, "author.create", "author", author.getId(), author.getName());
		this.events.publishEvent(ContentChanged.named("author", author.getSlug()));
		return author.toView();
	}

	/** Changes a byline (Editors and up), refusing a save made from an older version. */
	@Transactional
	public AuthorView update(Long id, long version, AuthorDetails details) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Author author = find(id);
		String before = author.getSlug();
		this.edits.update(author, version, details);
		this.audit.record(actor, "author.update", "author", id, author.getName());
		this.events.publishEvent(ContentChanged.named("author", before, author.getSlug()));
		return author.toView();
	}

	private Author find(Long id) {
		return this.authors.findById(id).orElseThrow(() -> new AuthorNotFoundException(String.valueOf(id)));
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

	/**
	 * Gives the author a bio in another edition's language, replacing the one it had
	 * (demo content; the admin checks its own forms).
	 */
	@Transactional
	public void putBio(String authorSlug, String language, String bio) {
		Author author = this.authors.findBySlug(authorSlug).orElseThrow(() -> new AuthorNotFoundException(authorSlug));
		if (this.authors.updateBio(author.getId(), language, bio) == 0) {
			this.authors.insertBio(author.getId(), language, bio);
		}
		this.events.publishEvent(ContentChanged.named("author", authorSlug));
	}

}
