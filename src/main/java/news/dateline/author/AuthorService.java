package news.dateline.author;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.author.internal.AuthorRepository;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.Editions;
import news.dateline.system.FieldRejectedException;
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

	/** The longest bio in another language. */
	public static final int BIO_LENGTH = 2000;

	/** The longest slug the schema takes. */
	static final int SLUG_LENGTH = 80;

	private final AuthorRepository authors;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final SluggedItems<Author, AuthorDetails> edits;

	private final JdbcClient jdbc;

	private final Editions editions;

	AuthorService(AuthorRepository authors, CurrentActor currentActor, AuditLog audit, ApplicationEventPublisher events,
			JdbcClient jdbc, Editions editions) {
		this.jdbc = jdbc;
		this.editions = editions;
		this.events = events;
		this.authors = authors;
		this.currentActor = currentActor;
		this.audit = audit;
		this.edits = new SluggedItems<>(Author.class, SLUG_LENGTH, Author::apply, authors::existsBySlugAndIdNot);
	}

	/**
	 * The author's bio in this language: its own (the default edition's) where the author
	 * has none in it.
	 */
	public String bio(AuthorView author, String language) {
		return bios(author.id()).getOrDefault(language, author.bio());
	}

	/**
	 * The bios in this language of these authors, by author, in one statement (authors
	 * with none are left out; nothing is read for an empty list).
	 */
	public Map<Long, String> bios(Collection<Long> ids, String language) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Object> params = new ArrayList<>(ids.size() + 1);
		params.add(language);
		params.addAll(ids);
		Map<Long, String> bios = new HashMap<>();
		this.jdbc
			.sql("select author_id, bio from author_bio where language = ? and author_id in ("
					+ String.join(", ", Collections.nCopies(ids.size(), "?")) + ")")
			.params(params)
			.query((rs) -> {
				bios.put(rs.getLong(1), rs.getString(2));
			});
		return bios;
	}

	/** The author's bios in the other languages, by language. */
	public Map<String, String> bios(Long id) {
		Map<String, String> bios = new java.util.LinkedHashMap<>();
		this.jdbc.sql("select language, bio from author_bio where author_id = ? order by language")
			.param(id)
			.query((rs) -> {
				bios.put(rs.getString(1), rs.getString(2));
			});
		return bios;
	}

	/**
	 * Sets the author's bio in a language other than the default one (Editors and up); a
	 * blank one removes it, so the default bio shows.
	 */
	@Transactional
	public void translateBio(Long id, String language, String bio) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		requireOtherLanguage(language);
		if (bio != null && bio.strip().length() > BIO_LENGTH) {
			throw new FieldRejectedException("bio", "author.bio.too-long");
		}
		Author author = this.authors.findById(id).orElseThrow(() -> new AuthorNotFoundException(String.valueOf(id)));
		putBio(id, language, bio);
		this.audit.record(actor, "author.translate", "author", id, language);
		this.events.publishEvent(ContentChanged.named("author", author.getSlug()));
	}

	private void requireOtherLanguage(String language) {
		if (language == null || language.equals(this.editions.defaultEdition().code())
				|| this.editions.byCode(language).isEmpty()) {
			throw new FieldRejectedException("language", "article.language.unknown");
		}
	}

	/** The languages other than the default one, in which the author may have a bio. */
	public List<String> otherLanguages() {
		return this.editions.others(this.editions.defaultEdition())
			.stream()
			.map(news.dateline.system.Edition::code)
			.toList();
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
	 * Gives the author a bio in another edition's language as an import brings it, unless
	 * the author has one there already (kept as it is), with no signed-in editor.
	 * @return whether the bio was added
	 * @throws FieldRejectedException on {@code language} when it is not another edition's
	 */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	public boolean importBio(String authorSlug, String language, String bio) {
		requireOtherLanguage(language);
		Author author = this.authors.findBySlug(authorSlug).orElseThrow(() -> new AuthorNotFoundException(authorSlug));
		if (bio == null || bio.isBlank() || bios(author.getId()).containsKey(language)) {
			return false;
		}
		putBio(author.getId(), language, bio);
		this.events.publishEvent(ContentChanged.named("author", authorSlug));
		return true;
	}

	/**
	 * Gives the author a bio in another edition's language as the demo content gives it,
	 * replacing the one it had, with no signed-in editor; the admin's form goes through
	 * {@link #translateBio(Long, String, String)}.
	 */
	@Transactional
	public void loadBio(String authorSlug, String language, String bio) {
		Author author = this.authors.findBySlug(authorSlug).orElseThrow(() -> new AuthorNotFoundException(authorSlug));
		putBio(author.getId(), language, bio);
		this.events.publishEvent(ContentChanged.named("author", authorSlug));
	}

	private void putBio(Long authorId, String language, String bio) {
		this.jdbc.sql("delete from author_bio where author_id = ? and language = ?")
			.params(authorId, language)
			.update();
		if (bio != null && !bio.isBlank()) {
			this.jdbc.sql("insert into author_bio (author_id, language, bio) values (?, ?, ?)")
				.params(authorId, language, bio.strip())
				.update();
		}
	}

}
