package news.dateline.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleExports;
import news.dateline.author.AuthorExports;
import news.dateline.author.AuthorExports.ExportedAuthor;
import news.dateline.author.AuthorLink;
import news.dateline.comment.CommentExports;
import news.dateline.section.SectionExports;
import news.dateline.section.SectionExports.ExportedSection;
import news.dateline.source.SourceExports;
import news.dateline.source.SourceExports.ExportedSource;
import news.dateline.system.LocalisedName;
import news.dateline.system.SiteProperties;
import news.dateline.tag.TagExports;
import news.dateline.tag.TagExports.ExportedTag;

/**
 * Writes everything Dateline holds as one WXR 1.2 document with Dateline's extension
 * namespace (docs/export-format.md): sections as categories, tags, authors, sources, then
 * every article with its comments ({@link ArticleItems}). Each module hands over its own
 * data through its export reads; this class only orders and writes them. Reads a page at
 * a time, each page in a short read-only transaction, and writes as it reads, so the size
 * of the archive does not matter.
 */
@Service
public class WxrExporter {

	/** Rows read per page: tags, authors, sources, or articles with all they carry. */
	static final int PAGE_SIZE = 50;

	private final TransactionTemplate readOnly;

	private final SiteProperties site;

	private final List<TransferExtension> extensions;

	private final Clock clock;

	private final SectionExports sections;

	private final TagExports tags;

	private final AuthorExports authors;

	private final SourceExports sources;

	private final ArticleExports articles;

	private final CommentExports comments;

	WxrExporter(PlatformTransactionManager transactionManager, SiteProperties site, List<TransferExtension> extensions,
			Clock clock, SectionExports sections, TagExports tags, AuthorExports authors, SourceExports sources,
			ArticleExports articles, CommentExports comments) {
		this.readOnly = new TransactionTemplate(transactionManager);
		this.readOnly.setReadOnly(true);
		this.site = site;
		this.extensions = extensions;
		this.clock = clock;
		this.sections = sections;
		this.tags = tags;
		this.authors = authors;
		this.sources = sources;
		this.articles = articles;
		this.comments = comments;
	}

	/** What an export wrote. */
	public record Summary(long sections, long tags, long authors, long sources, long articles, long comments) {
	}

	/** Writes the whole export to the stream, which it leaves open. */
	public Summary export(OutputStream out) throws IOException {
		try {
			WxrWriter writer = new WxrWriter(out);
			writer.startDocument();
			channelHeader(writer);
			List<ExportedSection> sectionList = this.readOnly.execute((status) -> this.sections.all());
			for (ExportedSection section : sectionList) {
				section(writer, section);
			}
			long tagCount = writePages(writer, this.tags::page, WxrExporter::tag, ExportedTag::id);
			long authorCount = writePages(writer, this.authors::page, WxrExporter::author, ExportedAuthor::id);
			long sourceCount = writePages(writer, this.sources::page, WxrExporter::source, ExportedSource::id);
			for (TransferExtension extension : this.extensions) {
				extension.exportChannel(writer);
			}
			Map<Long, ExportedSection> sectionsById = new HashMap<>();
			sectionList.forEach((section) -> sectionsById.put(section.id(), section));
			ArticleItems items = new ArticleItems(this.site, this.readOnly, this.articles, this.comments,
					this.extensions, sectionsById);
			long[] articlesAndComments = items.write(writer, PAGE_SIZE);
			writer.endDocument();
			writer.flush();
			return new Summary(sectionList.size(), tagCount, authorCount, sourceCount, articlesAndComments[0],
					articlesAndComments[1]);
		}
		catch (XMLStreamException ex) {
			throw new IOException("Could not write the export", ex);
		}
	}

	private void channelHeader(WxrWriter out) throws XMLStreamException {
		out.always(Wxr.RSS, "title", this.site.name());
		out.always(Wxr.RSS, "link", this.site.baseUrl());
		out.always(Wxr.RSS, "description", "");
		out.always(Wxr.RSS, "pubDate", ArticleItems.RFC_822.format(this.clock.instant().atOffset(ZoneOffset.UTC)));
		out.always(Wxr.RSS, "language", "en");
		out.always(Wxr.WP, "wxr_version", Wxr.VERSION);
		out.always(Wxr.WP, "base_site_url", this.site.baseUrl());
		out.always(Wxr.WP, "base_blog_url", this.site.baseUrl());
		out.element("format-version", "1");
		out.always(Wxr.RSS, "generator", "Dateline");
	}

	private static void section(WxrWriter out, ExportedSection section) throws XMLStreamException {
		out.start(Wxr.WP, "category");
		out.always(Wxr.WP, "term_id", Long.toString(section.id()));
		out.always(Wxr.WP, "category_nicename", section.slug());
		out.always(Wxr.WP, "category_parent", (section.parentSlug() != null) ? section.parentSlug() : "");
		out.always(Wxr.WP, "cat_name", section.name());
		out.element(Wxr.WP, "category_description", section.description());
		out.element("position", Integer.toString(section.position()));
		translations(out, section.translations());
		out.end();
	}

	/**
	 * A term's names in the other languages, inside its {@code wp:category} or
	 * {@code wp:tag} after WordPress's own children, where WordPress's importer passes
	 * them over.
	 */
	private static void translations(WxrWriter out, List<LocalisedName> names) throws XMLStreamException {
		for (LocalisedName name : names) {
			out.start("translation");
			out.attribute("language", name.language());
			out.element("name", name.name());
			out.element("slug", name.slug());
			out.element("description", name.description());
			out.end();
		}
	}

	private static void tag(WxrWriter out, ExportedTag tag) throws XMLStreamException {
		out.start(Wxr.WP, "tag");
		out.always(Wxr.WP, "term_id", Long.toString(tag.id()));
		out.always(Wxr.WP, "tag_slug", tag.slug());
		out.always(Wxr.WP, "tag_name", tag.name());
		translations(out, tag.translations());
		out.end();
	}

	private static void source(WxrWriter out, ExportedSource source) throws XMLStreamException {
		out.start("source");
		out.element("slug", source.slug());
		out.element("name", source.name());
		out.element("kind", source.kind());
		out.element("url", source.url());
		out.element("attribution", source.attribution());
		out.end();
	}

	private static void author(WxrWriter out, ExportedAuthor author) throws XMLStreamException {
		out.start(Wxr.WP, "author");
		out.always(Wxr.WP, "author_id", Long.toString(author.id()));
		out.always(Wxr.WP, "author_login", author.slug());
		out.always(Wxr.WP, "author_email", "");
		out.always(Wxr.WP, "author_display_name", author.name());
		out.always(Wxr.WP, "author_first_name", "");
		out.always(Wxr.WP, "author_last_name", "");
		out.element("bio", author.bio());
		out.element("photo-url", author.photoUrl());
		for (String beat : author.beats()) {
			out.element("beat", beat);
		}
		for (AuthorLink link : author.links()) {
			out.start("link");
			out.attribute("label", link.label());
			out.text(link.url());
			out.end();
		}
		for (Map.Entry<String, String> bio : author.bios().entrySet()) {
			out.start("translation");
			out.attribute("language", bio.getKey());
			out.element("bio", bio.getValue());
			out.end();
		}
		out.end();
	}

	/**
	 * A time column as the database driver answers it (which type varies by database and
	 * by how it was read), as an instant; null stays null.
	 */
	static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.toInstant();
		}
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		if (value instanceof java.time.ZonedDateTime zoned) {
			return zoned.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		throw new IllegalStateException("Not a time: " + value.getClass());
	}

	/** Rows a page at a time, by id, each page read in its own read-only transaction. */
	private <T> long writePages(WxrWriter out, PageReader<T> reader, RowWriter<T> writer,
			java.util.function.ToLongFunction<T> id) throws XMLStreamException {
		long written = 0;
		long after = 0;
		while (true) {
			long from = after;
			List<T> page = this.readOnly.execute((status) -> reader.page(from, PAGE_SIZE));
			for (T row : page) {
				writer.write(out, row);
				after = id.applyAsLong(row);
				written++;
			}
			if (page.size() < PAGE_SIZE) {
				return written;
			}
		}
	}

	/** Reads a page of rows with ids above {@code after}. */
	@FunctionalInterface
	interface PageReader<T> {

		List<T> page(long after, int size);

	}

	/** Writes one row. */
	@FunctionalInterface
	interface RowWriter<T> {

		void write(WxrWriter out, T row) throws XMLStreamException;

	}

}
