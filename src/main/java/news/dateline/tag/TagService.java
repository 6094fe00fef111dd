package news.dateline.tag;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.Editions;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.LocalisedName;
import news.dateline.system.LocalisedNames;
import news.dateline.system.SlugPage;
import news.dateline.system.Slugs;
import news.dateline.system.Versioned;
import news.dateline.tag.internal.TagRepository;

/**
 * Reads tags and finds or makes them by name. Editors and Administrators rename tags and
 * merge two into one in the admin.
 */
@Service
@Transactional(readOnly = true)
public class TagService {

	/** Tags per page of the admin list. */
	public static final int PAGE_SIZE = 100;

	static final int SLUG_LENGTH = 80;

	private final TagRepository tags;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final LocalisedNames names;

	private final Editions editions;

	TagService(TagRepository tags, CurrentActor currentActor, AuditLog audit, ApplicationEventPublisher events,
			JdbcClient jdbc, Editions editions) {
		this.names = new LocalisedNames(jdbc, "tag_translation", "tag_id", false);
		this.editions = editions;
		this.events = events;
		this.tags = tags;
		this.currentActor = currentActor;
		this.audit = audit;
	}

	public TagView bySlug(String slug) {
		return this.tags.findBySlug(slug).map(Tag::toView).orElseThrow(() -> new TagNotFoundException(slug));
	}

	/**
	 * The tag as the edition in this language shows it: its name and slug there, or the
	 * default edition's where it has none.
	 */
	public TagView localised(TagView tag, String language) {
		if (tag == null || isDefault(language)) {
			return tag;
		}
		return this.names.find(tag.id(), language)
			.map((name) -> new TagView(tag.id(), name.slug(), name.name()))
			.orElse(tag);
	}

	/**
	 * The tags as the edition in this language shows them, in their order, with one
	 * statement for all of them (none for the default edition).
	 */
	public List<TagView> localisedAll(List<TagView> tags, String language) {
		if (tags.isEmpty() || isDefault(language)) {
			return tags;
		}
		Map<Long, LocalisedName> named = this.names.find(tags.stream().map(TagView::id).toList(), language);
		return tags.stream().map((tag) -> {
			LocalisedName name = named.get(tag.id());
			return (name != null) ? new TagView(tag.id(), name.slug(), name.name()) : tag;
		}).toList();
	}

	/** The tag's name in this language (the default edition's when it has none). */
	public String name(TagView tag, String language) {
		return localised(tag, language).name();
	}

	/**
	 * The tag whose slug in this language's edition is {@code slug} (its own slug where
	 * it has no translated one), as that edition shows it.
	 */
	public Optional<TagView> findBySlug(String language, String slug) {
		return findByEditionSlug(language, slug).map((tag) -> localised(tag, language));
	}

	/**
	 * The tag whose slug in this language's edition is {@code slug}, as the default
	 * edition shows it (its own slug is the one its pages' cache keys name).
	 */
	public Optional<TagView> findByEditionSlug(String language, String slug) {
		if (isDefault(language)) {
			return this.tags.findBySlug(slug).map(Tag::toView);
		}
		return this.names.ownerBySlug(language, slug, (own) -> this.tags.findBySlug(own).map(Tag::getId))
			.flatMap(this.tags::findById)
			.map(Tag::toView);
	}

	/**
	 * The tag that has this slug in any edition (its own slug first), as the default
	 * edition shows it: an edition's page asked for by another edition's slug answers 301
	 * to the tag's address in the edition.
	 */
	public Optional<TagView> findByAnySlug(String slug) {
		return this.tags.findBySlug(slug)
			.or(() -> this.names.ownerByAnySlug(slug).flatMap(this.tags::findById))
			.map(Tag::toView);
	}

	/** {@link #findBySlug(String, String)}, or not found. */
	public TagView bySlug(String language, String slug) {
		return findBySlug(language, slug).orElseThrow(() -> new TagNotFoundException(slug));
	}

	/**
	 * The slugs of the tags named in this language, by their own slugs (sitemaps); a tag
	 * missing from it keeps its own slug there.
	 */
	public java.util.Map<String, String> slugsIn(String language) {
		return isDefault(language) ? java.util.Map.of() : this.names.slugsByOwnSlug(language, "tag");
	}

	/** The tag's names in the other languages (the admin's form). */
	public List<LocalisedName> translations(Long id) {
		return this.names.all(id);
	}

	/**
	 * Sets the tag's name and slug in a language other than the default one (Editors and
	 * up); a blank name removes them.
	 */
	@Transactional
	public void translate(Long id, String language, String name, String slug) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		if (isDefault(language) || this.editions.byCode(language).isEmpty()) {
			throw new FieldRejectedException("language", "article.language.unknown");
		}
		Tag tag = find(id);
		String before = this.names.save(id, language, name, slug, null, SLUG_LENGTH);
		String after = this.names.find(id, language).map(LocalisedName::slug).orElse(null);
		this.audit.record(actor, "tag.translate", "tag", id, language + ": " + name);
		this.events.publishEvent(ContentChanged.named("tag", tag.getSlug(), before, after));
	}

	/** The languages other than the default one, in which it may have its own names. */
	public List<String> otherLanguages() {
		return this.editions.others(this.editions.defaultEdition())
			.stream()
			.map(news.dateline.system.Edition::code)
			.toList();
	}

	private boolean isDefault(String language) {
		return language == null || language.equals(this.editions.defaultEdition().code());
	}

	/** The tag of this name (or of this name's slug), made if it does not exist yet. */
	@Transactional
	public Tag findOrCreate(String name) {
		String trimmed = name.trim();
		String slug = Slugs.of(trimmed);
		return this.tags.findFirstByNameOrderById(trimmed)
			.or(() -> this.tags.findBySlug(slug))
			.orElseGet(() -> this.tags.save(new Tag(slug, trimmed)));
	}

	/**
	 * The tag with this slug, made with this name if it does not exist yet: an import
	 * keeps the slug an export names, even where an editor chose one other than the
	 * name's. An unusable slug falls back to the name's.
	 */
	@Transactional
	public Tag findOrCreate(String slug, String name) {
		if (slug == null || !Slugs.isValid(slug) || slug.length() > 80) {
			return findOrCreate(name);
		}
		return this.tags.findBySlug(slug).orElseGet(() -> this.tags.save(new Tag(slug, name.trim())));
	}

	/** A page of all tags by slug, after the given one, with their story counts. */
	public SlugPage<TagSummary> page(String after) {
		List<TagSummary> rows = this.tags.findSummaries((after != null) ? after : "", PAGE_SIZE + 1)
			.stream()
			.map((row) -> new TagSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
					((Number) row[3]).longValue()))
			.toList();
		return SlugPage.of(rows, PAGE_SIZE, TagSummary::slug);
	}

	public Versioned<TagDetails> editing(Long id) {
		Tag tag = find(id);
		return new Versioned<>(id, tag.getVersion(), tag.details());
	}

	/** Renames a tag (Editors and up), refusing a save made from an older version. */
	@Transactional
	public TagView rename(Long id, long version, TagDetails details) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Tag tag = find(id);
		Versioned.check(Tag.class, id, tag.getVersion(), version);
		String before = tag.getName();
		String beforeSlug = tag.getSlug();
		String slug = Slugs.available(details.slug(), details.name(), SLUG_LENGTH,
				(taken) -> this.tags.existsBySlugAndIdNot(taken, id));
		tag.rename(new TagDetails(details.name().strip(), slug));
		this.audit.record(actor, "tag.rename", "tag", id, before + " to " + tag.getName());
		this.events.publishEvent(ContentChanged.named("tag", beforeSlug, tag.getSlug()));
		return tag.toView();
	}

	/**
	 * Merges one tag into another (Editors and up): the stories of the first carry the
	 * second instead, and the first is deleted.
	 * @throws FieldRejectedException on {@code into} when that tag does not exist or is
	 * the same tag
	 */
	@Transactional
	public TagView merge(Long fromId, String intoSlug) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Tag from = find(fromId);
		Tag into = this.tags.findBySlug((intoSlug != null) ? intoSlug.strip() : "")
			.orElseThrow(() -> new FieldRejectedException("into", "tag.error.unknown"));
		if (into.getId().equals(from.getId())) {
			throw new FieldRejectedException("into", "tag.error.same");
		}
		TagView kept = into.toView();
		String merged = from.getName();
		// the other editions' pages name the merged tag by its slugs there
		List<String> slugs = new java.util.ArrayList<>(List.of(from.getSlug(), kept.slug()));
		this.names.all(fromId).forEach((name) -> slugs.add(name.slug()));
		this.tags.copyArticles(fromId, kept.id());
		this.tags.untagAll(fromId);
		this.tags.deleteById(fromId);
		this.audit.record(actor, "tag.merge", "tag", kept.id(), merged + " merged into " + kept.name());
		this.events.publishEvent(ContentChanged.named("tag", slugs.toArray(String[]::new)));
		return kept;
	}

	private Tag find(Long id) {
		return this.tags.findById(id).orElseThrow(() -> new TagNotFoundException(String.valueOf(id)));
	}

	/**
	 * Names the tag in another edition's language as an import brings it, unless it has a
	 * name there already (kept as it is), with no signed-in editor.
	 * @return whether the name was added
	 * @throws FieldRejectedException on {@code language} when it is not another
	 * edition's, on {@code slug} when the slug is malformed or taken in that language
	 */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	public boolean importTranslation(String tagSlug, String language, String name, String slug) {
		if (isDefault(language) || this.editions.byCode(language).isEmpty()) {
			throw new FieldRejectedException("language", "article.language.unknown");
		}
		Tag tag = this.tags.findBySlug(tagSlug).orElseThrow(() -> new TagNotFoundException(tagSlug));
		boolean added = this.names.addIfAbsent(tag.getId(), language, name, slug, null, SLUG_LENGTH);
		if (added) {
			this.events.publishEvent(ContentChanged.named("tag", tagSlug, slug));
		}
		return added;
	}

	/**
	 * Names the tag in another edition's language as the demo content gives it (its name
	 * and slug there, replacing what it had), with no signed-in editor; the admin's form
	 * goes through {@link #translate(Long, String, String, String)}.
	 */
	@Transactional
	public void loadTranslation(String tagSlug, String language, String name, String slug) {
		Tag tag = this.tags.findBySlug(tagSlug).orElseThrow(() -> new TagNotFoundException(tagSlug));
		this.names.put(tag.getId(), language, name, slug, null);
		this.events.publishEvent(ContentChanged.named("tag", tagSlug, slug));
	}

}
