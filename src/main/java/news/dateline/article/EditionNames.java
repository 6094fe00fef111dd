package news.dateline.article;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import news.dateline.article.internal.Article;
import news.dateline.author.AuthorService;
import news.dateline.author.AuthorView;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.Slugs;
import news.dateline.tag.Tag;
import news.dateline.tag.TagService;
import news.dateline.tag.TagView;

/**
 * Sections, tags and bylines as an edition shows them to readers: the name and slug (and
 * a section's description, an author's bio) in the edition's language, each falling back
 * to the default edition's where there is none, so that every link an edition renders to
 * a section's or tag's page is that page's address in the edition
 * ({@code /es/sections/mundo}). Authors keep one slug. Nothing is read for the default
 * edition.
 */
@Component
public class EditionNames {

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	private final Editions editions;

	private final Map<String, Map<String, SectionView>> sectionsBySlug = new ConcurrentHashMap<>();

	EditionNames(SectionService sections, TagService tags, AuthorService authors, Editions editions) {
		this.sections = sections;
		this.tags = tags;
		this.authors = authors;
		this.editions = editions;
	}

	/**
	 * The section (as the default edition shows it) as the edition in this language shows
	 * it: from the sections kept per language, read afresh for one added since.
	 */
	public SectionView section(SectionView section, String language) {
		if (section == null || isDefault(language)) {
			return section;
		}
		SectionView kept = sectionsIn(language).get(section.slug());
		return (kept != null && kept.id().equals(section.id())) ? kept : this.sections.localised(section, language);
	}

	public List<SectionView> sections(List<SectionView> sections, String language) {
		return isDefault(language) ? sections : sections.stream().map((one) -> section(one, language)).toList();
	}

	public TagView tag(TagView tag, String language) {
		if (tag == null || isDefault(language)) {
			return tag;
		}
		return this.tags.localised(tag, language);
	}

	/** The tags named in the language, in the order of their names there. */
	public List<TagView> tags(List<TagView> tags, String language) {
		if (isDefault(language)) {
			return tags;
		}
		return tags.stream().map((tag) -> tag(tag, language)).sorted(Comparator.comparing(TagView::name)).toList();
	}

	/**
	 * The name of the story's section as its edition shows it (feeds, search), or null
	 * without one.
	 */
	String sectionNameOf(Article article) {
		return (article.getSection() != null) ? section(article.getSection().toView(), article.getLanguage()).name()
				: null;
	}

	/** The names of the story's tags as its edition shows them, in order. */
	List<String> tagNamesOf(Article article) {
		return tags(article.getTags().stream().map(Tag::toView).toList(), article.getLanguage()).stream()
			.map(TagView::name)
			.sorted()
			.toList();
	}

	/** The authors with their bios in the language. */
	public List<AuthorView> bylines(List<AuthorView> bylines, String language) {
		return isDefault(language) ? bylines : bylines.stream().map((author) -> author(author, language)).toList();
	}

	public AuthorView author(AuthorView author, String language) {
		if (author == null || isDefault(language)) {
			return author;
		}
		return new AuthorView(author.id(), author.slug(), author.name(), this.authors.bio(author, language),
				author.photoUrl(), beats(author.beats(), language), author.links());
	}

	/**
	 * An author's beats in the language: a beat that names a section (by its slug or its
	 * name, "news" or "Showbiz") is that section's name there, lower-cased where the beat
	 * was; beats are free text, so any other stays as written.
	 */
	private List<String> beats(List<String> beats, String language) {
		Map<String, SectionView> shown = sectionsIn(language);
		Locale locale = this.editions.byCode(language).map(Edition::locale).orElse(Locale.ROOT);
		return beats.stream().map((beat) -> {
			SectionView section = shown.get(Slugs.of(beat));
			if (section == null) {
				return beat;
			}
			return beat.equals(beat.toLowerCase(locale)) ? section.name().toLowerCase(locale) : section.name();
		}).toList();
	}

	/**
	 * The sections as an edition shows them (name and slug there), by their default
	 * edition's slugs, for the cards of its pages (cards carry the default edition's name
	 * and slug); empty for the default edition. Sections are few, so they are read once
	 * per language and kept until a section changes.
	 */
	public Map<String, SectionView> sectionsBySlug(Edition edition) {
		return (edition != null) ? sectionsIn(edition.code()) : Map.of();
	}

	/** The sections' slugs in the language by their default edition's slugs. */
	public Map<String, String> sectionSlugs(String language) {
		Map<String, String> slugs = new HashMap<>();
		sectionsIn(language).forEach((own, shown) -> slugs.put(own, shown.slug()));
		return slugs;
	}

	private Map<String, SectionView> sectionsIn(String language) {
		return isDefault(language) ? Map.of() : this.sectionsBySlug.computeIfAbsent(language, this::readSections);
	}

	private Map<String, SectionView> readSections(String language) {
		Map<String, SectionView> shown = new HashMap<>();
		for (SectionView section : this.sections.all()) {
			shown.put(section.slug(), this.sections.localised(section, language));
		}
		return Map.copyOf(shown);
	}

	/**
	 * Forgets the section names as a section changes, and again once the change commits
	 * or rolls back (a page may have read the old names meanwhile).
	 */
	@EventListener
	void sectionsChanging(ContentChanged change) {
		if (change.touches(ContentKeys.NAV)) {
			this.sectionsBySlug.clear();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void sectionsChanged(ContentChanged change) {
		sectionsChanging(change);
	}

	@EventListener
	void sectionsChangedElsewhere(ChangesObserved changes) {
		if (changes.touches(ContentKeys.NAV)) {
			this.sectionsBySlug.clear();
		}
	}

	private boolean isDefault(String language) {
		return language == null || language.equals(this.editions.defaultEdition().code());
	}

}
