package news.dateline.transfer;

import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

/**
 * Adds a kind of data to the export and reads it back on import, in Dateline's namespace,
 * so that a feature owning more data (revisions, corrections ...) joins the round trip
 * without changing the exporter or the importer: declare a bean that implements this. Per
 * article, the exporter calls {@link #exportArticles} once per page of articles (load
 * that page's data in one query) and the returned writer once per article, inside the
 * article's {@code <item>}; the importer hands back the elements named in
 * {@link #articleElements()} once the article is stored, in the same transaction.
 */
public interface TransferExtension {

	/**
	 * Local names, in Dateline's namespace, of the item children this extension writes
	 * and reads.
	 */
	default Set<String> articleElements() {
		return Set.of();
	}

	/**
	 * Loads this extension's data for a page of articles and returns what writes it per
	 * article.
	 */
	default ArticleWriter exportArticles(List<Long> articleIds) {
		return (articleId, out) -> {
		};
	}

	/**
	 * Stores what an import read for a newly stored article: the elements named in
	 * {@link #articleElements()}.
	 */
	default void importArticle(Long articleId, List<XmlElement> elements) {
	}

	/**
	 * Local names, in Dateline's namespace, of the channel children this extension writes
	 * and reads.
	 */
	default Set<String> channelElements() {
		return Set.of();
	}

	/** Writes site-wide data as channel children, after sources and before the items. */
	default void exportChannel(WxrWriter out) throws XMLStreamException {
	}

	/** Stores one channel child named in {@link #channelElements()}. */
	default void importChannel(XmlElement element) {
	}

	/** Writes one article's data inside its item. */
	@FunctionalInterface
	interface ArticleWriter {

		void write(Long articleId, WxrWriter out) throws XMLStreamException;

	}

}
