package news.dateline.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.stereotype.Component;

import news.dateline.article.ArticleView;
import news.dateline.article.EditionLink;
import news.dateline.article.NewsLink;
import news.dateline.article.PageLink;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;

/**
 * Writes sitemap documents with StAX (never by pasting strings): a sitemap index, URL
 * sets with {@code lastmod}, an edition's stories with their translations as
 * {@code xhtml:link} alternates, and the Google News sitemap.
 */
@Component
public class SitemapWriter {

	static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

	static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

	static final String XHTML = "http://www.w3.org/1999/xhtml";

	private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

	private final SiteProperties site;

	private final Editions editions;

	SitemapWriter(SiteProperties site, Editions editions) {
		this.site = site;
		this.editions = editions;
	}

	/** A sitemap index of these child sitemap paths. */
	String index(List<PageLink> sitemaps) {
		return links("sitemapindex", "sitemap", sitemaps);
	}

	/** A URL set of these pages. */
	String urls(List<PageLink> pages) {
		return links("urlset", "url", pages);
	}

	private String links(String root, String entry, List<PageLink> links) {
		return document((xml) -> {
			xml.writeStartElement(root);
			xml.writeDefaultNamespace(SITEMAP);
			for (PageLink link : links) {
				xml.writeStartElement(entry);
				element(xml, "loc", this.site.absolute(link.path()));
				if (link.lastModified() != null) {
					element(xml, "lastmod", w3c(link.lastModified()));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	/**
	 * A URL set of one edition's stories, each with its live translations as
	 * {@code xhtml:link} alternates (itself included) and {@code x-default} for the
	 * default edition's version, when it has any.
	 */
	String stories(Edition edition, List<EditionLink> stories) {
		return document((xml) -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP);
			xml.writeNamespace("xhtml", XHTML);
			for (EditionLink story : stories) {
				xml.writeStartElement("url");
				element(xml, "loc", this.site.absolute(edition.path(ArticleView.urlOf(story.slug()))));
				if (story.lastModified() != null) {
					element(xml, "lastmod", w3c(story.lastModified()));
				}
				for (Map.Entry<String, String> translation : story.translations().entrySet()) {
					Edition other = this.editions.forLanguage(translation.getKey());
					alternate(xml, other.languageTag(), other.path(ArticleView.urlOf(translation.getValue())));
				}
				String original = story.translations().get(this.editions.defaultEdition().code());
				if (original != null) {
					alternate(xml, "x-default", ArticleView.urlOf(original));
				}
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private void alternate(XMLStreamWriter xml, String hreflang, String path) throws XMLStreamException {
		xml.writeEmptyElement("xhtml", "link", XHTML);
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("hreflang", hreflang);
		xml.writeAttribute("href", this.site.absolute(path));
	}

	/** The Google News sitemap of these stories of an edition. */
	String news(Edition edition, List<NewsLink> stories) {
		return document((xml) -> {
			xml.writeStartElement("urlset");
			xml.writeDefaultNamespace(SITEMAP);
			xml.writeNamespace("news", NEWS);
			for (NewsLink story : stories) {
				xml.writeStartElement("url");
				element(xml, "loc", this.site.absolute(edition.path(story.url())));
				xml.writeStartElement("news", "news", NEWS);
				xml.writeStartElement("news", "publication", NEWS);
				newsElement(xml, "name", this.site.name());
				newsElement(xml, "language", edition.isDefault() ? this.site.language() : edition.languageTag());
				xml.writeEndElement();
				newsElement(xml, "publication_date", w3c(story.publishedAt()));
				newsElement(xml, "title", story.headline());
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
		});
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void newsElement(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement("news", name, NEWS);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String w3c(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

	private static String document(Body body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(SITEMAP);
			body.write(xml);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Could not write a sitemap", ex);
		}
		return out.toString();
	}

	@FunctionalInterface
	private interface Body {

		void write(XMLStreamWriter xml) throws XMLStreamException;

	}

}
