package news.dateline.transfer;

import static news.dateline.transfer.WxrText.firstPresent;
import static news.dateline.transfer.WxrText.fit;
import static news.dateline.transfer.WxrText.fitSlug;
import static news.dateline.transfer.WxrText.nonNull;
import static news.dateline.transfer.WxrText.termSlug;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.author.AuthorLink;
import news.dateline.author.AuthorService;
import news.dateline.section.SectionService;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.Slugs;
import news.dateline.tag.TagService;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.WxrReader.Element;

/**
 * The importer's step for what comes before the posts: the site's addresses, authors,
 * categories, tags and sources, and the channel data of {@link TransferExtension}s.
 */
@Component
class ChannelImport {

	private final AuthorService authors;

	private final SectionService sections;

	private final TagService tags;

	private final SourceService sources;

	private final PostTerms terms;

	private final TransactionTemplate transactions;

	private final List<TransferExtension> extensions;

	ChannelImport(AuthorService authors, SectionService sections, TagService tags, SourceService sources,
			PostTerms terms, TransactionTemplate transactions, List<TransferExtension> extensions) {
		this.authors = authors;
		this.sections = sections;
		this.tags = tags;
		this.sources = sources;
		this.terms = terms;
		this.transactions = transactions;
		this.extensions = extensions;
	}

	void handle(ImportRun run, Element read) {
		XmlElement element = read.element();
		String namespace = element.namespace();
		Entry entry = switch (element.name()) {
			case "author" -> Entry.AUTHOR;
			case "category" -> Entry.CATEGORY;
			case "tag" -> Entry.TAG;
			case "source" -> Entry.SOURCE;
			default -> Entry.ELEMENT;
		};
		run.repaired(read, entry, null, null);
		try {
			if (namespace.equals(Wxr.RSS) && element.name().equals("link")) {
				run.link = element.trimmedText();
			}
			else if (namespace.equals(Wxr.WP)) {
				wordPress(run, read.line(), element);
			}
			else if (namespace.equals(Wxr.DATELINE)) {
				dateline(run, read.line(), element);
			}
		}
		catch (Skip skip) {
			run.issue(Outcome.SKIPPED, read.line(), entry, null, element.trimmedText(), skip.reason(), skip.detail());
		}
	}

	private void wordPress(ImportRun run, int line, XmlElement element) throws Skip {
		switch (element.name()) {
			case "base_site_url" -> run.baseSiteUrl = element.trimmedText();
			case "base_blog_url" -> run.baseBlogUrl = element.trimmedText();
			case "author" -> author(run, line, element);
			case "category" -> category(run, line, element);
			case "tag" -> tag(run, line, element);
			default -> {
			}
		}
	}

	private void dateline(ImportRun run, int line, XmlElement element) throws Skip {
		if (element.name().equals("format-version")) {
			run.datelineExport = true;
			return;
		}
		if (element.name().equals("source")) {
			source(run, element);
			return;
		}
		boolean claimed = false;
		for (TransferExtension extension : this.extensions) {
			if (extension.channelElements().contains(element.name())) {
				this.transactions.executeWithoutResult((status) -> extension.importChannel(element));
				claimed = true;
			}
		}
		if (!claimed) {
			run.unknownElement(line, element.name());
		}
	}

	private void author(ImportRun run, int line, XmlElement element) throws Skip {
		String login = element.text(Wxr.WP, "author_login");
		String slug = fitSlug(Slugs.of(WxrText.decode(login)), 80);
		if (slug.isEmpty()) {
			throw new Skip(Reason.NO_SLUG, login);
		}
		String first = element.text(Wxr.WP, "author_first_name");
		String last = element.text(Wxr.WP, "author_last_name");
		String fullName = String.join(" ", nonNull(first), nonNull(last)).strip();
		String name = firstPresent(element.text(Wxr.WP, "author_display_name"), fullName, login);
		List<AuthorLink> links = new ArrayList<>();
		for (XmlElement link : element.children(Wxr.DATELINE, "link")) {
			if (link.trimmedText() != null) {
				links.add(new AuthorLink(fit(nonNull(link.attribute("label")), 80), fit(link.trimmedText(), 500)));
			}
		}
		List<String> beats = element.children(Wxr.DATELINE, "beat")
			.stream()
			.map(XmlElement::trimmedText)
			.filter((beat) -> beat != null)
			.map((beat) -> fit(beat, 80))
			.toList();
		if (this.authors.createIfAbsent(slug, fit(name, 160), fit(element.text(Wxr.DATELINE, "bio"), 2000),
				fit(element.text(Wxr.DATELINE, "photo-url"), 500), beats, links)) {
			run.job.authorCreated();
		}
		run.knownAuthors.add(slug);
		translations(run, line, Entry.AUTHOR, name, element, (language, translation) -> this.authors.importBio(slug,
				language, fit(translation.text(Wxr.DATELINE, "bio"), AuthorService.BIO_LENGTH)));
	}

	/**
	 * Remembers a category's name, description and parent; WordPress's categories become
	 * sections when a post is filed in them, Dateline's (which exist without stories) at
	 * once.
	 */
	private void category(ImportRun run, int line, XmlElement element) throws Skip {
		String name = element.text(Wxr.WP, "cat_name");
		String slug = termSlug(element.text(Wxr.WP, "category_nicename"), name);
		if (slug.isEmpty()) {
			throw new Skip(Reason.NO_SLUG, name);
		}
		String termId = element.text(Wxr.WP, "term_id");
		if (termId != null) {
			run.categorySlugsByTermId.put(termId, slug);
		}
		run.categoryNames.put(slug, (name != null) ? name : slug);
		String description = element.text(Wxr.WP, "category_description");
		if (description != null) {
			run.categoryDescriptions.put(slug, description);
		}
		String parent = element.text(Wxr.WP, "category_parent");
		if (parent != null) {
			String parentSlug = termSlug(parent, null);
			if (!parentSlug.isEmpty() && !parentSlug.equals(slug)) {
				run.categoryParents.put(slug, parentSlug);
			}
		}
		if (run.datelineExport) {
			String position = element.text(Wxr.DATELINE, "position");
			this.terms.section(run, slug,
					(position != null && position.matches("-?\\d{1,9}")) ? Integer.parseInt(position) : 0);
			translations(run, line, Entry.CATEGORY, name, element,
					(language, translation) -> this.sections.importTranslation(slug, language,
							fit(translation.text(Wxr.DATELINE, "name"), 120), translation.text(Wxr.DATELINE, "slug"),
							fit(translation.text(Wxr.DATELINE, "description"), 1000)));
		}
	}

	private void tag(ImportRun run, int line, XmlElement element) throws Skip {
		String name = WxrText.plainName(element.text(Wxr.WP, "tag_name"));
		if (name == null || WxrText.tagProblem(name) != null) {
			throw new Skip(Reason.NO_SLUG, name);
		}
		if (run.datelineExport) {
			String slug = this.tags.findOrCreate(WxrText.decode(element.text(Wxr.WP, "tag_slug")), name).getSlug();
			translations(run, line, Entry.TAG, name, element,
					(language, translation) -> this.tags.importTranslation(slug, language,
							fit(translation.text(Wxr.DATELINE, "name"), 120), translation.text(Wxr.DATELINE, "slug")));
		}
	}

	/**
	 * Stores the {@code dateline:translation}s of a section, tag or author (its names or
	 * bio in the other languages) where it has none in that language yet; reports each
	 * one in a language that is not one of the site's editions, or whose slug is
	 * malformed or taken there.
	 */
	private void translations(ImportRun run, int line, Entry entry, String owner, XmlElement element,
			TranslationStore store) {
		for (XmlElement translation : element.children(Wxr.DATELINE, "translation")) {
			String language = nonNull(translation.attribute("language")).strip();
			try {
				store.store(language, translation);
			}
			catch (FieldRejectedException ex) {
				boolean unknown = ex.field().equals("language");
				String slug = translation.text(Wxr.DATELINE, "slug");
				run.issue(Outcome.SKIPPED, line, entry, null, owner,
						unknown ? Reason.UNKNOWN_LANGUAGE : Reason.TRANSLATION_SLUG_REFUSED,
						(unknown || slug == null) ? language : language + ": " + slug);
			}
		}
	}

	/** Stores one translation of the element being imported. */
	@FunctionalInterface
	private interface TranslationStore {

		void store(String language, XmlElement translation);

	}

	private void source(ImportRun run, XmlElement element) throws Skip {
		String slug = fitSlug(nonNull(element.text(Wxr.DATELINE, "slug")), 80);
		String name = element.text(Wxr.DATELINE, "name");
		if (slug.isEmpty() || name == null) {
			throw new Skip(Reason.NO_SLUG, name);
		}
		SourceKind kind;
		try {
			kind = SourceKind.valueOf(nonNull(element.text(Wxr.DATELINE, "kind")));
		}
		catch (IllegalArgumentException ex) {
			kind = SourceKind.WIRE;
		}
		if (this.sources.createIfAbsent(slug, fit(name, 160), kind, fit(element.text(Wxr.DATELINE, "url"), 500),
				fit(firstPresent(element.text(Wxr.DATELINE, "attribution"), "{name}"), 300))) {
			run.job.sourceCreated();
		}
		run.knownSources.put(slug, true);
	}

}
