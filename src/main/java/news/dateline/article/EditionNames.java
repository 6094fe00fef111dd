package news.dateline.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
 * ({@code /es/sections/mundo}). Authors keep one slug. The sections are kept per edition
 * (the navigation of every edition, the default one's too) until a section or one of its
 * names changes; a page's tags and bios are read in one statement each, and nothing for
 * the default edition.
 */
@Component
public class EditionNames {

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	private final Editions editions;

	/** By language; sections read in an older generation are never used again. */
	private final Map<String, NamedSections> named = new ConcurrentHashMap<>();

	/**
	 * Moves on with every change of a section, so sections read before it are not kept.
	 */
	private final AtomicLong generation = new AtomicLong();

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
		SectionView kept = named(language).byId().get(section.id());
		return (kept != null) ? kept : this.sections.localised(section, language);
	}

	public List<SectionView> sections(List<SectionView> sections, String language) {
		return isDefault(language) ? sections : sections.stream().map((one) -> section(one, language)).toList();
	}

	/**
	 * Every section in navigation order as the edition names and addresses it: read once
	 * per edition and kept until a section or one of its names changes.
	 */
	public List<SectionView> navigation(Edition edition) {
		return named(edition.code()).sections();
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
		return this.tags.localisedAll(tags, language).stream().sorted(Comparator.comparing(TagView::name)).toList();
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

	/** The authors with their bios (and beats) in the language. */
	public List<AuthorView> bylines(List<AuthorView> bylines, String language) {
		if (isDefault(language) || bylines.isEmpty()) {
			return bylines;
		}
		Map<Long, String> bios = this.authors.bios(bylines.stream().map(AuthorView::id).toList(), language);
		return bylines.stream()
			.map((author) -> in(author, bios.getOrDefault(author.id(), author.bio()), language))
			.toList();
	}

	public AuthorView author(AuthorView author, String language) {
		if (author == null || isDefault(language)) {
			return author;
		}
		return in(author, this.authors.bio(author, language), language);
	}

	private AuthorView in(AuthorView author, String bio, String language) {
		return new AuthorView(author.id(), author.slug(), author.name(), bio, author.photoUrl(),
				beats(author.beats(), language), author.links());
	}

	/**
	 * An author's beats in the language: a beat that names a section (by its slug or its
	 * name, "news" or "Showbiz") is that section's name there, lower-cased where the beat
	 * was; beats are free text, so any other stays as written.
	 */
	private List<String> beats(List<String> beats, String language) {
		Map<String, SectionView> shown = named(language).bySlug();
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
	 * and slug); empty for the default edition.
	 */
	public Map<String, SectionView> sectionsBySlug(Edition edition) {
		return (edition != null && !isDefault(edition.code())) ? named(edition.code()).bySlug() : Map.of();
	}

	/** The sections' slugs in the language by their default edition's slugs. */
	public Map<String, String> sectionSlugs(String language) {
		Map<String, String> slugs = new HashMap<>();
		if (!isDefault(language)) {
			named(language).bySlug().forEach((own, shown) -> slugs.put(own, shown.slug()));
		}
		return slugs;
	}

	/**
	 * The sections as the edition in this language shows them, from the one cache of
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
		List<SectionView> shown = new ArrayList<>(own.size());
		Map<Long, SectionView> byId = new HashMap<>();
		Map<String, SectionView> bySlug = new HashMap<>();
		for (int i = 0; i < own.size(); i++) {
			SectionView local = localised.get(i);
			shown.add(local);
			byId.put(local.id(), local);
			bySlug.put(own.get(i).slug(), local);
		}
		NamedSections fresh = new NamedSections(generation, List.copyOf(shown), Map.copyOf(byId), Map.copyOf(bySlug));
		this.named.put(language, fresh);
		return fresh;
	}

	/**
	 * Forgets the sections as a section changes (so the changing transaction sees its own
	 * change), and again once that change commits or rolls back (a page may have read the
	 * old names meanwhile).
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
			Map<String, SectionView> bySlug) {
	}

}
