package news.dateline.section;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.audit.AuditLog;
import news.dateline.section.internal.SectionRepository;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Editions;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.LocalisedName;
import news.dateline.system.LocalisedNames;
import news.dateline.system.SluggedItems;
import news.dateline.system.Versioned;

/**
 * Reads and keeps the publication's sections. Editors and Administrators add, rename and
 * reorder them in the admin.
 */
@Service
@Transactional(readOnly = true)
public class SectionService {

	static final int SLUG_LENGTH = 80;

	private final SectionRepository sections;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final SluggedItems<Section, SectionDetails> edits;

	private final ApplicationEventPublisher events;

	private final LocalisedNames names;

	private final Editions editions;

	SectionService(SectionRepository sections, CurrentActor currentActor, AuditLog audit,
			ApplicationEventPublisher events, JdbcClient jdbc, Editions editions) {
		this.names = new LocalisedNames(jdbc, "section_translation", "section_id", true);
		this.editions = editions;
		this.sections = sections;
		this.currentActor = currentActor;
		this.audit = audit;
		this.events = events;
		this.edits = new SluggedItems<>(Section.class, SLUG_LENGTH, Section::apply, sections::existsBySlugAndIdNot);
	}

	/** All sections in navigation order. */
	public List<SectionView> all() {
		return this.sections.findAllByOrderByPositionAscNameAsc().stream().map(Section::toView).toList();
	}

	public SectionView bySlug(String slug) {
		return findBySlug(slug).orElseThrow(() -> new SectionNotFoundException(slug));
	}

	/**
	 * The section with this slug, if there is one (for callers in a transaction of their
	 * own, which a thrown not-found would mark rollback-only).
	 */
	public Optional<SectionView> findBySlug(String slug) {
		return this.sections.findBySlug(slug).map(Section::toView);
	}

	/**
	 * The section as the edition in this language shows it: its name, slug and
	 * description there, each falling back to the default edition's where it has none.
	 */
	public SectionView localised(SectionView section, String language) {
		if (section == null || isDefault(language)) {
			return section;
		}
		return this.names.find(section.id(), language)
			.map((name) -> new SectionView(section.id(), name.slug(), name.name(),
					(name.description() != null) ? name.description() : section.description()))
			.orElse(section);
	}

	/**
	 * The sections as the edition in this language shows them, in their order, with one
	 * statement for all of them (none for the default edition).
	 */
	public List<SectionView> localisedAll(List<SectionView> sections, String language) {
		if (sections.isEmpty() || isDefault(language)) {
			return sections;
		}
		Map<Long, LocalisedName> named = this.names.find(sections.stream().map(SectionView::id).toList(), language);
		return sections.stream().map((section) -> {
			LocalisedName name = named.get(section.id());
			return (name == null) ? section : new SectionView(section.id(), name.slug(), name.name(),
					(name.description() != null) ? name.description() : section.description());
		}).toList();
	}

	/** The section's name in this language (the default edition's when it has none). */
	public String name(SectionView section, String language) {
		return localised(section, language).name();
	}

	/**
	 * The section whose slug in this language's edition is {@code slug} (its own slug
	 * where it has no translated one), as that edition shows it.
	 */
	public Optional<SectionView> findBySlug(String language, String slug) {
		return findByEditionSlug(language, slug).map((section) -> localised(section, language));
	}

	/**
	 * The section whose slug in this language's edition is {@code slug}, as the default
	 * edition shows it (its own slug is the one its pages' cache keys name).
	 */
	public Optional<SectionView> findByEditionSlug(String language, String slug) {
		if (isDefault(language)) {
			return findBySlug(slug);
		}
		return this.names.ownerBySlug(language, slug, (own) -> this.sections.findBySlug(own).map(Section::getId))
			.flatMap(this::byId);
	}

	/**
	 * The section that has this slug in any edition (its own slug first), as the default
	 * edition shows it: an edition's page asked for by another edition's slug answers 301
	 * to the section's address in the edition.
	 */
	public Optional<SectionView> findByAnySlug(String slug) {
		return this.sections.findBySlug(slug)
			.map(Section::toView)
			.or(() -> this.names.ownerByAnySlug(slug).flatMap(this::byId));
	}

	/** {@link #findBySlug(String, String)}, or not found. */
	public SectionView bySlug(String language, String slug) {
		return findBySlug(language, slug).orElseThrow(() -> new SectionNotFoundException(slug));
	}

	/** The section's names in the other languages (the admin's form). */
	public List<LocalisedName> translations(Long id) {
		return this.names.all(id);
	}

	/**
	 * Sets the section's name, slug and description in a language other than the default
	 * one (Editors and up); a blank name removes them.
	 */
	@Transactional
	public void translate(Long id, String language, String name, String slug, String description) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		requireOtherLanguage(language);
		Section section = find(id);
		String before = this.names.save(id, language, name, slug, description, SLUG_LENGTH);
		String after = this.names.find(id, language).map(LocalisedName::slug).orElse(null);
		this.audit.record(actor, "section.translate", "section", id, language + ": " + name);
		this.events.publishEvent(new SectionChanged(id));
		List<String> keys = new java.util.ArrayList<>(
				ContentChanged.named("section", section.getSlug(), before, after).keys());
		keys.add(ContentKeys.NAV);
		this.events.publishEvent(ContentChanged.of(keys));
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

	private void requireOtherLanguage(String language) {
		if (isDefault(language) || this.editions.byCode(language).isEmpty()) {
			throw new FieldRejectedException("language", "article.language.unknown");
		}
	}

	/** The section with this id, if there is one. */
	public Optional<SectionView> byId(Long id) {
		return this.sections.findById(id).map(Section::toView);
	}

	/** The section entity, for stories filed in it. */
	public Section require(String slug) {
		return this.sections.findBySlug(slug).orElseThrow(() -> new SectionNotFoundException(slug));
	}

	@Transactional
	public SectionView create(String slug, String name, String description, int position) {
		Section section = this.sections.save(new Section(slug, name, description, position));
		changed(section, null);
		return section.toView();
	}

	/** All sections in navigation order, as the admin edits them. */
	public List<Versioned<SectionDetails>> forEditing() {
		return this.sections.findAllByOrderByPositionAscNameAsc()
			.stream()
			.map((section) -> new Versioned<>(section.getId(), section.getVersion(), section.details()))
			.toList();
	}

	public Versioned<SectionDetails> editing(Long id) {
		Section section = find(id);
		return new Versioned<>(id, section.getVersion(), section.details());
	}

	/** Adds a section (Editors and up). */
	@Transactional
	public SectionView create(SectionDetails details) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Section section = this.sections.save(this.edits.create(new Section(null, null, null, 0), details));
		this.audit.record(actor, "section.create", "section", section.getId(), section.getName());
		changed(section, null);
		return section.toView();
	}

	/** Changes a section (Editors and up), refusing a save made from an older version. */
	@Transactional
	public SectionView update(Long id, long version, SectionDetails details) {
		Actor actor = this.currentActor.require(Role.EDITOR);
		Section section = find(id);
		String before = section.getSlug();
		this.edits.update(section, version, details);
		this.audit.record(actor, "section.update", "section", id, section.getName());
		changed(section, before);
		return section.toView();
	}

	/**
	 * Every page shows the navigation; the section's own pages are under its old and new
	 * slug.
	 */
	private void changed(Section section, String slugBefore) {
		this.events.publishEvent(new SectionChanged(section.getId()));
		List<String> keys = new java.util.ArrayList<>(
				ContentChanged.named("section", slugBefore, section.getSlug()).keys());
		keys.add(ContentKeys.NAV);
		this.events.publishEvent(ContentChanged.of(keys));
	}

	private Section find(Long id) {
		return this.sections.findById(id).orElseThrow(() -> new SectionNotFoundException(String.valueOf(id)));
	}

	/**
	 * Makes the section unless one with this slug exists (imports).
	 * @return whether the section was made
	 */
	@Transactional
	public boolean createIfAbsent(String slug, String name, String description, int position) {
		return createIfAbsent(slug, name, description, position, null);
	}

	/**
	 * Makes the section under the one with slug {@code parentSlug} (when there is one),
	 * unless a section with this slug exists (imports).
	 * @return whether the section was made
	 */
	@Transactional
	public boolean createIfAbsent(String slug, String name, String description, int position, String parentSlug) {
		if (this.sections.findBySlug(slug).isPresent()) {
			return false;
		}
		Section section = new Section(slug, name, description, position);
		section.placeUnder((parentSlug != null) ? this.sections.findBySlug(parentSlug).orElse(null) : null);
		this.sections.save(section);
		this.events.publishEvent(new SectionChanged(section.getId()));
		return true;
	}

	/**
	 * Names the section in another edition's language as an import brings it, unless it
	 * has a name there already (kept as it is), with no signed-in editor.
	 * @return whether the name was added
	 * @throws FieldRejectedException on {@code language} when it is not another
	 * edition's, on {@code slug} when the slug is malformed or taken in that language
	 */
	@Transactional(noRollbackFor = FieldRejectedException.class)
	public boolean importTranslation(String sectionSlug, String language, String name, String slug,
			String description) {
		requireOtherLanguage(language);
		Section section = require(sectionSlug);
		boolean added = this.names.addIfAbsent(section.getId(), language, name, slug, description, SLUG_LENGTH);
		if (added) {
			changed(section, null);
		}
		return added;
	}

	/**
	 * Names the section in another edition's language as the demo content gives it (its
	 * name, slug and description there, replacing what it had), with no signed-in editor;
	 * the admin's form goes through
	 * {@link #translate(Long, String, String, String, String)}.
	 */
	@Transactional
	public void loadTranslation(String sectionSlug, String language, String name, String slug, String description) {
		Section section = require(sectionSlug);
		this.names.put(section.getId(), language, name, slug, description);
		changed(section, null);
	}

}
