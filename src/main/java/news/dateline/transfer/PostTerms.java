package news.dateline.transfer;

import static news.dateline.transfer.WxrText.fit;
import static news.dateline.transfer.WxrText.fitSlug;
import static news.dateline.transfer.WxrText.nonNull;
import static news.dateline.transfer.WxrText.plainName;
import static news.dateline.transfer.WxrText.tagProblem;
import static news.dateline.transfer.WxrText.termSlug;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import news.dateline.author.AuthorService;
import news.dateline.section.SectionService;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceNotFoundException;
import news.dateline.source.SourceService;
import news.dateline.system.Slugs;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;

/**
 * The importer's step for what a post is filed under: its section (Yoast's primary
 * category, else the first), its tags (the other categories too), its bylines (with
 * Co-Authors Plus) and its sources (from the post meta keys named by
 * {@code dateline.import.source-meta}). Makes what is missing.
 */
@Component
class PostTerms {

	private static final String PRIMARY_CATEGORY_META = "_yoast_wpseo_primary_category";

	private final SectionService sections;

	private final AuthorService authors;

	private final SourceService sources;

	/** Post meta keys whose value names a source, with the kind of source each names. */
	private final Map<String, SourceKind> sourceMeta = new LinkedHashMap<>();

	PostTerms(SectionService sections, AuthorService authors, SourceService sources, ImportSettings settings) {
		this.sections = sections;
		this.authors = authors;
		this.sources = sources;
		for (String entry : settings.sourceMeta()) {
			String[] keyAndKind = entry.split("=", 2);
			SourceKind kind = (keyAndKind.length == 2)
					? SourceKind.valueOf(keyAndKind[1].strip().toUpperCase(Locale.ROOT)) : SourceKind.WIRE;
			this.sourceMeta.put(keyAndKind[0].strip(), kind);
		}
	}

	/** A post as it is being read: where its issues go. */
	record Post(ImportRun run, int line, String id, String title) {

		void issue(Outcome outcome, Reason reason, String detail) {
			this.run.issue(outcome, this.line, Entry.POST, this.id, this.title, reason, detail);
		}

	}

	/**
	 * The post's section slug (made when missing), or null; fills in the tag names and
	 * byline logins.
	 */
	String file(Post post, XmlElement item, List<String> tagNames, List<String> bylines) {
		String creator = item.text(Wxr.DC, "creator");
		if (creator != null) {
			bylines.add(creator);
		}
		String primary = null;
		for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
			if (PRIMARY_CATEGORY_META.equals(meta.text(Wxr.WP, "meta_key"))) {
				primary = post.run().categorySlugsByTermId.get(meta.text(Wxr.WP, "meta_value"));
			}
		}
		String sectionSlug = null;
		List<String[]> otherCategories = new ArrayList<>();
		for (XmlElement category : item.children(Wxr.RSS, "category")) {
			String name = plainName(category.trimmedText());
			String slug = termSlug(category.attribute("nicename"), name);
			switch (nonNull(category.attribute("domain"))) {
				case "category" -> {
					if (slug.isEmpty()) {
						continue;
					}
					if (sectionSlug == null && (primary == null || primary.equals(slug))) {
						sectionSlug = slug;
						post.run().categoryNames.putIfAbsent(slug, (name != null) ? name : slug);
					}
					else {
						otherCategories.add(new String[] { slug, name });
					}
				}
				case "post_tag" -> addTag(post, tagNames, (name != null) ? name : slug);
				case "author" -> bylines.add(slug.startsWith("cap-") ? slug.substring(4) : slug);
				default -> {
				}
			}
		}
		for (String[] other : otherCategories) {
			if (sectionSlug == null) {
				sectionSlug = other[0];
				post.run().categoryNames.putIfAbsent(other[0], (other[1] != null) ? other[1] : other[0]);
			}
			else {
				addTag(post, tagNames, (other[1] != null) ? other[1] : other[0]);
			}
		}
		if (sectionSlug != null) {
			section(post.run(), sectionSlug, 0);
		}
		return sectionSlug;
	}

	/** Makes the section unless this run has seen it, with its parents first. */
	void section(ImportRun run, String slug, int position) {
		if (!run.knownSections.add(slug)) {
			return;
		}
		String parent = run.categoryParents.get(slug);
		if (parent != null && run.categoryNames.containsKey(parent)) {
			section(run, parent, 0);
		}
		else {
			parent = null;
		}
		if (this.sections.createIfAbsent(slug, fit(run.categoryNames.getOrDefault(slug, slug), 120),
				fit(run.categoryDescriptions.get(slug), 1000), position, parent)) {
			run.job.sectionCreated();
		}
	}

	private void addTag(Post post, List<String> tagNames, String name) {
		String problem = tagProblem(name);
		if (problem != null) {
			post.issue(Outcome.REPAIRED, Reason.TAG_DROPPED, problem);
		}
		else if (!tagNames.contains(name.strip())) {
			tagNames.add(name.strip());
		}
	}

	/** The author slugs of these logins, each author made when missing. */
	List<String> authors(ImportRun run, List<String> logins) {
		List<String> slugs = new ArrayList<>();
		for (String login : logins) {
			String slug = fitSlug(Slugs.of(login), 80);
			if (!slug.isEmpty() && !slugs.contains(slug)) {
				if (run.knownAuthors.add(slug)
						&& this.authors.createIfAbsent(slug, fit(login, 160), null, null, List.of(), List.of())) {
					run.job.authorCreated();
				}
				slugs.add(slug);
			}
		}
		return slugs;
	}

	/**
	 * The slugs of the sources a Dateline item credits, leaving off (and reporting)
	 * unknown ones.
	 */
	List<String> credited(Post post, XmlElement item) {
		List<String> slugs = new ArrayList<>();
		for (XmlElement source : item.children(Wxr.DATELINE, "source")) {
			String slug = nonNull(source.trimmedText());
			if (sourceExists(post.run(), slug)) {
				slugs.add(slug);
			}
			else {
				post.issue(Outcome.REPAIRED, Reason.UNKNOWN_SOURCE, slug);
			}
		}
		return slugs;
	}

	/**
	 * The sources a WordPress post's meta names (by the configured keys), each made when
	 * missing.
	 */
	List<String> fromMeta(ImportRun run, XmlElement item) {
		List<String> slugs = new ArrayList<>();
		for (XmlElement meta : item.children(Wxr.WP, "postmeta")) {
			SourceKind kind = this.sourceMeta.get(nonNull(meta.text(Wxr.WP, "meta_key")));
			String name = plainName(meta.text(Wxr.WP, "meta_value"));
			String slug = fitSlug(Slugs.of(name), 80);
			if (kind == null || slug.isEmpty() || slugs.contains(slug)) {
				continue;
			}
			if (!sourceExists(run, slug)) {
				if (this.sources.createIfAbsent(slug, fit(name, 160), kind, null, "{name}")) {
					run.job.sourceCreated();
				}
				run.knownSources.put(slug, true);
			}
			slugs.add(slug);
		}
		return slugs;
	}

	/** Whether a post meta key is one that names a source. */
	boolean namesSource(String metaKey) {
		return this.sourceMeta.containsKey(metaKey);
	}

	private boolean sourceExists(ImportRun run, String slug) {
		return run.knownSources.computeIfAbsent(slug, (key) -> {
			try {
				this.sources.bySlug(key);
				return true;
			}
			catch (SourceNotFoundException ex) {
				return false;
			}
		});
	}

}
