package news.dateline.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.author.AuthorService;
import news.dateline.author.AuthorView;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.tag.TagService;
import news.dateline.tag.TagView;

/**
 * Sections, tags and bylines as an edition shows them to readers: the name (and a
 * section's description, an author's bio) in the edition's language, falling back to the
 * default edition's where there is none. The slug stays the default edition's, so that a
 * section's or tag's page has one address in every edition and its versions in the other
 * editions are found by swapping the prefix; the slugs kept per language are for the
 * admin and the export until the pages are addressed by them. The sections' names are
 * kept per edition (the navigation of every edition, the default one's too); a page's
 * tags and bios are read in one statement each, and nothing for the default edition.
 */
@Component
public class EditionNames {

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	private final Editions editions;

	/** By language; names read in an older generation are never used again. */
	private final Map<String, NamedSections> named = new ConcurrentHashMap<>();

	/** Moves on with every change of a section, so names read before it are not kept. */
	private final AtomicLong generation = new AtomicLong();

	EditionNames(SectionService sections, TagService tags, AuthorService authors, Editions editions) {
		this.sections = sections;
		this.tags = tags;
		this.authors = authors;
		this.editions = editions;
	}

	public SectionView section(SectionView section, String language) {
		if (section == null || isDefault(language)) {
			return section;
		}
		SectionView named = named(language).byId().get(section.id());
		if (named == null) {
			named = this.sections.localised(section, language);
		}
		return new SectionView(section.id(), section.slug(), named.name(), named.description());
	}

	public List<SectionView> sections(List<SectionView> sections, String language) {
		return isDefault(language) ? sections : sections.stream().map((one) -> section(one, language)).toList();
	}

	/**
	 * Every section in navigation order as the edition names it: read once per edition
	 * and kept until a section or one of its names changes.
	 */
	public List<SectionView> navigation(Edition edition) {
		return named(edition.code()).sections();
	}

	public TagView tag(TagView tag, String language) {
		if (tag == null || isDefault(language)) {
			return tag;
		}
		return new TagView(tag.id(), tag.slug(), this.tags.localised(tag, language).name());
	}

	/** The tags named in the language, in the order of their names there. */
	public List<TagView> tags(List<TagView> tags, String language) {
		if (isDefault(language)) {
			return tags;
		}
		Map<Long, String> own = new HashMap<>();
		tags.forEach((tag) -> own.put(tag.id(), tag.slug()));
		return this.tags.localisedAll(tags, language)
			.stream()
			.map((named) -> new TagView(named.id(), own.get(named.id()), named.name()))
			.sorted(Comparator.comparing(TagView::name))
			.toList();
	}

	/** The authors with their bios in the language. */
	public List<AuthorView> bylines(List<AuthorView> bylines, String language) {
		if (isDefault(language) || bylines.isEmpty()) {
			return bylines;
		}
		Map<Long, String> bios = this.authors.bios(bylines.stream().map(AuthorView::id).toList(), language);
		return bylines.stream().map((author) -> withBio(author, bios.getOrDefault(author.id(), author.bio()))).toList();
	}

	public AuthorView author(AuthorView author, String language) {
		if (author == null || isDefault(language)) {
			return author;
		}
		return withBio(author, this.authors.bio(author, language));
	}

	private static AuthorView withBio(AuthorView author, String bio) {
		return new AuthorView(author.id(), author.slug(), author.name(), bio, author.photoUrl(), author.beats(),
				author.links());
	}

	/**
	 * The names of the sections in an edition by their slugs, for the cards of its pages
	 * (cards carry the default edition's names); empty for the default edition.
	 */
	public Map<String, String> sectionNames(Edition edition) {
		if (edition == null || isDefault(edition.code())) {
			return Map.of();
		}
		return named(edition.code()).namesBySlug();
	}

	/**
	 * The sections as the edition in this language names them, from the one cache of
	 * them, read afresh (two statements) when a change has moved the generation on.
	 */
	private NamedSections named(String language) {
		long generation = this.generation.get();
		NamedSections known = this.named.get(language);
		if (known != null && known.generation() == generation) {
			return known;
		}
		List<SectionView> own = this.sections.all();
		List<SectionView> localised = isDefault(language) ? own : this.sections.localisedAll(own, language);
		List<SectionView> named = new ArrayList<>(own.size());
		Map<Long, SectionView> byId = new HashMap<>();
		Map<String, String> namesBySlug = new HashMap<>();
		for (int i = 0; i < own.size(); i++) {
			SectionView section = own.get(i);
			SectionView local = localised.get(i);
			named.add(new SectionView(section.id(), section.slug(), local.name(), local.description()));
			byId.put(section.id(), local);
			namesBySlug.put(section.slug(), local.name());
		}
		NamedSections fresh = new NamedSections(generation, List.copyOf(named), byId, namesBySlug);
		this.named.put(language, fresh);
		return fresh;
	}

	/**
	 * Forgets the sections' names as a section changes (so the changing transaction sees
	 * its own change), and again once that change commits or rolls back (a page may have
	 * read the old names meanwhile).
	 */
	@EventListener
	void sectionsChanging(ContentChanged change) {
		if (change.touches(ContentKeys.NAV)) {
			forget();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void sectionsChanged(ContentChanged change) {
		sectionsChanging(change);
	}

	@EventListener
	void sectionsChangedElsewhere(ChangesObserved changes) {
		if (changes.touches(ContentKeys.NAV)) {
			forget();
		}
	}

	private void forget() {
		this.generation.incrementAndGet();
		this.named.clear();
	}

	private boolean isDefault(String language) {
		return language == null || language.equals(this.editions.defaultEdition().code());
	}

	/** The sections of one edition as read in one generation. */
	private record NamedSections(long generation, List<SectionView> sections, Map<Long, SectionView> byId,
			Map<String, String> namesBySlug) {
	}

}
