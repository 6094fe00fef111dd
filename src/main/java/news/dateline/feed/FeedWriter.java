package news.dateline.feed;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import org.jdom2.Document;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.stereotype.Component;

import news.dateline.system.SiteProperties;

/**
 * Writes a {@link FeedContent} as Atom 1.0 or RSS 2.0 with Rome: absolute links, a self
 * link, authors, categories, published and updated times, the deck as summary and the
 * full body as content ({@code content:encoded} in RSS).
 */
@Component
public class FeedWriter {

	private final SiteProperties site;

	private final Clock clock;

	FeedWriter(SiteProperties site, Clock clock) {
		this.site = site;
		this.clock = clock;
	}

	String write(FeedContent content, FeedFormat format) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(format.romeType);
		String self = this.site.absolute(content.feedPath() + format.extension);
		feed.setUri(self);
		feed.setTitle(content.title());
		feed.setDescription((content.description() != null) ? content.description() : content.title());
		feed.setLink(this.site.absolute(content.pagePath()));
		String language = (content.language() != null) ? content.language() : this.site.language();
		feed.setLanguage(language);
		Instant updated = (content.updated() != null) ? content.updated() : this.clock.instant();
		feed.setPublishedDate(Date.from(updated));
		if (format == FeedFormat.ATOM) {
			// Atom wants an author for every entry; RSS's managingEditor would have to be
			// an email address.
			feed.setAuthors(List.of(person(this.site.name(), "/")));
		}
		feed.setLinks(List.of(link("self", self, format.mediaType), link("alternate", feed.getLink(), "text/html")));
		List<SyndEntry> entries = new ArrayList<>();
		for (FeedContent.FeedItem item : content.items()) {
			entries.add(entry(item));
		}
		feed.setEntries(entries);
		try {
			Document document = new SyndFeedOutput().outputJDom(feed);
			if (format == FeedFormat.ATOM) {
				// RSS has <language>; Rome leaves it out of Atom, where xml:lang says it
				document.getRootElement().setAttribute("lang", language, Namespace.XML_NAMESPACE);
			}
			return new XMLOutputter(Format.getPrettyFormat()).outputString(document);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Could not write the " + format + " feed " + content.feedPath(), ex);
		}
	}

	private SyndEntry entry(FeedContent.FeedItem item) {
		SyndEntry entry = new SyndEntryImpl();
		String url = this.site.absolute(item.path());
		entry.setUri(url);
		entry.setLink(url);
		entry.setTitle(item.title());
		entry.setPublishedDate(Date.from(item.published()));
		entry.setUpdatedDate(Date.from((item.updated() != null) ? item.updated() : item.published()));
		List<SyndPerson> authors = new ArrayList<>();
		item.authors().forEach((author) -> authors.add(person(author.name(), author.path())));
		entry.setAuthors(authors);
		// RSS 2.0's author element holds an email address, so RSS readers get the names
		// as dc:creator.
		DCModule dublinCore = (DCModule) entry.getModule(DCModule.URI);
		dublinCore.setCreators(item.authors().stream().map(FeedContent.Person::name).toList());
		List<SyndCategory> categories = new ArrayList<>();
		for (String name : item.categories()) {
			SyndCategory category = new SyndCategoryImpl();
			category.setName(name);
			categories.add(category);
		}
		entry.setCategories(categories);
		if (item.summary() != null && !item.summary().isBlank()) {
			entry.setDescription(content("text", item.summary()));
		}
		entry.setContents(List.of(content("html", item.contentHtml())));
		return entry;
	}

	private SyndPerson person(String name, String path) {
		SyndPerson person = new SyndPersonImpl();
		person.setName(name);
		if (path != null) {
			person.setUri(this.site.absolute(path));
		}
		return person;
	}

	private static SyndLink link(String rel, String href, String type) {
		SyndLink link = new SyndLinkImpl();
		link.setRel(rel);
		link.setHref(href);
		link.setType(type);
		return link;
	}

	private static SyndContent content(String type, String value) {
		SyndContent content = new SyndContentImpl();
		content.setType(type);
		content.setValue(value);
		return content;
	}

	/**
	 * The two formats served, with Rome's name, the URL extension and the media type of
	 * each.
	 */
	enum FeedFormat {

		ATOM("atom_1.0", ".atom", "application/atom+xml"), RSS("rss_2.0", ".rss", "application/rss+xml");

		final String romeType;

		final String extension;

		final String mediaType;

		FeedFormat(String romeType, String extension, String mediaType) {
			this.romeType = romeType;
			this.extension = extension;
			this.mediaType = mediaType;
		}

	}

}
