package news.dateline.article;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * admin and the export until the pages are addressed by them. Nothing is read for the
 * default edition.
 */
@Component
public class EditionNames {

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	private final Editions editions;

	private final Map<String, Map<String, String>> sectionNames = new ConcurrentHashMap<>();

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
		SectionView named = this.sections.localised(section, language);
		return new SectionView(section.id(), section.slug(), named.name(), named.description());
	}

	public List<SectionView> sections(List<SectionView> sections, String language) {
		return isDefault(language) ? sections : sections.stream().map((one) -> section(one, language)).toList();
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
		return tags.stream().map((tag) -> tag(tag, language)).sorted(Comparator.comparing(TagView::name)).toList();
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
				author.photoUrl(), author.beats(), author.links());
	}

	/**
	 * The names of the sections in an edition by their slugs, for the cards of its pages
	 * (cards carry the default edition's names); empty for the default edition. Sections
	 * are few, so their names are read once per language and kept until a section
	 * changes.
	 */
	public Map<String, String> sectionNames(Edition edition) {
		if (edition == null || isDefault(edition.code())) {
			return Map.of();
		}
		return this.sectionNames.computeIfAbsent(edition.code(), this::readSectionNames);
	}

	private Map<String, String> readSectionNames(String language) {
		Map<String, String> names = new HashMap<>();
		for (SectionView section : this.sections.all()) {
			names.put(section.slug(), this.sections.localised(section, language).name());
		}
		return names;
	}

	/**
	 * Forgets the section names as a section changes, and again once the change commits
	 * or rolls back (a page may have read the old names meanwhile).
	 */
	@EventListener
	void sectionsChanging(ContentChanged change) {
		if (change.touches(ContentKeys.NAV)) {
			this.sectionNames.clear();
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void sectionsChanged(ContentChanged change) {
		sectionsChanging(change);
	}

	@EventListener
	void sectionsChangedElsewhere(ChangesObserved changes) {
		if (changes.touches(ContentKeys.NAV)) {
			this.sectionNames.clear();
		}
	}

	private boolean isDefault(String language) {
		return language == null || language.equals(this.editions.defaultEdition().code());
	}

}
