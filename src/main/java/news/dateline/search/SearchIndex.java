package news.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleDocument;

/**
 * The Lucene index of published stories on this node: one document per story, written
 * through one {@link IndexWriter} and read through near-real-time searchers. Derived
 * data: it can be thrown away and rebuilt from the database at any time. The commit data
 * remember how far the change log was applied, for the catch-up at the next start, and
 * the layout the documents were written in: an index of an older layout is rebuilt.
 */
@Component
class SearchIndex implements DisposableBean {

	static final String ID = "id";

	static final String SLUG = "slug";

	static final String HEADLINE = "headline";

	static final String DECK = "deck";

	static final String BODY = "body";

	static final String BYLINES = "bylines";

	static final String TAGS = "tags";

	static final String SOURCES = "sources";

	static final String SECTION_NAME = "section_name";

	static final String SECTION = "section";

	static final String AUTHOR = "author";

	static final String PUBLISHED = "published";

	/** The story's language (its edition's code), for filtering each edition's search. */
	static final String LANGUAGE = "language";

	/** The language whose text fields have the plain names. */
	static final String PLAIN_LANGUAGE = "en";

	static final String CHANGE_LOG_ID = "changeLogId";

	static final String SYNCED_AT = "syncedAt";

	static final String LAYOUT = "layout";

	/**
	 * How documents are written; changes whenever that changes, so that an older index
	 * gets rebuilt. 2: headline, deck and body carry the words' offsets, so snippets need
	 * not analyse the text again. 3: every story has its language, and its text fields
	 * are those of its language ({@link #field}). 4: a story's section and tags are named
	 * in its language (results show the section's name).
	 */
	static final String CURRENT_LAYOUT = "4";

	/** What an index without a layout in its commit data was written in. */
	static final String FIRST_LAYOUT = "1";

	/**
	 * Stored text whose words' offsets are in the index, for highlighting without
	 * analysis.
	 */
	private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

	private final Analyzer analyzer;

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	/**
	 * The layout of the documents in the index: an older one until everything has been
	 * deleted.
	 */
	private volatile String layout;

	SearchIndex(SearchProperties properties) throws IOException {
		this.analyzer = new EditionAnalyzer();
		this.directory = open(properties);
		boolean existed = DirectoryReader.indexExists(this.directory);
		this.writer = new IndexWriter(this.directory,
				new IndexWriterConfig(this.analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.searchers = new SearcherManager(this.writer, null);
		this.layout = existed ? commitData().getOrDefault(LAYOUT, FIRST_LAYOUT) : CURRENT_LAYOUT;
	}

	private static Directory open(SearchProperties properties) throws IOException {
		if (properties.inMemory()) {
			return new ByteBuffersDirectory();
		}
		Path path = Path.of(properties.indexDir());
		Files.createDirectories(path);
		return FSDirectory.open(path);
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	/**
	 * A text field's name in a language: the plain name in English ("headline"), the name
	 * and the language's code otherwise ("headline_es"), which {@link EditionAnalyzer}
	 * reads to analyse it in that language. Every text field of a story is in its
	 * language, bylines and sources too: a query's words are analysed alike in every
	 * field, so a stop word ("de") dropped from the Spanish text is dropped from the
	 * names too, and does not become a word that every hit must have.
	 */
	static String field(String name, String language) {
		return (language == null || PLAIN_LANGUAGE.equals(language)) ? name : name + "_" + language;
	}

	/** Adds the story, or replaces what was indexed for it. */
	void put(ArticleDocument article) {
		try {
			this.writer.updateDocument(new Term(ID, article.id().toString()), document(article));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void delete(Long articleId) {
		try {
			this.writer.deleteDocuments(new Term(ID, articleId.toString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Empties the index; what is put in from now on is written in the current layout. */
	void deleteAll() {
		try {
			this.writer.deleteAll();
			this.layout = CURRENT_LAYOUT;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes what was written so far visible to searches. */
	void refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes what was written durable, remembering the change log position reached. */
	void commit(long changeLogId, java.time.Instant syncedAt) {
		try {
			Map<String, String> data = new HashMap<>();
			data.put(CHANGE_LOG_ID, Long.toString(changeLogId));
			data.put(SYNCED_AT, syncedAt.toString());
			data.put(LAYOUT, this.layout);
			this.writer.setLiveCommitData(data.entrySet());
			this.writer.commit();
			refresh();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The change log id and time of the last commit, if there was one. */
	Map<String, String> commitData() {
		Map<String, String> data = new HashMap<>();
		Iterable<Map.Entry<String, String>> live = this.writer.getLiveCommitData();
		if (live != null) {
			live.forEach((entry) -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	/** Whether the index was written in an older layout and must be rebuilt. */
	boolean outdated() {
		return !CURRENT_LAYOUT.equals(this.layout);
	}

	/** How many stories the index holds. */
	int size() {
		return search((searcher) -> searcher.getIndexReader().numDocs());
	}

	<T> T search(Search<T> search) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return search.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void destroy() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	private static Document document(ArticleDocument article) {
		Document doc = new Document();
		doc.add(new StringField(ID, article.id().toString(), Field.Store.YES));
		doc.add(new StoredField(SLUG, article.slug()));
		String language = article.language();
		doc.add(new StringField(LANGUAGE, language, Field.Store.YES));
		doc.add(new Field(field(HEADLINE, language), article.headline(), TEXT_WITH_OFFSETS));
		doc.add(new Field(field(DECK, language), nullToEmpty(article.deck()), TEXT_WITH_OFFSETS));
		doc.add(new Field(field(BODY, language), nullToEmpty(article.bodyText()), TEXT_WITH_OFFSETS));
		doc.add(new TextField(field(BYLINES, language),
				String.join(", ", article.bylines().stream().map(ArticleCard.Byline::name).toList()), Field.Store.NO));
		doc.add(new TextField(field(TAGS, language), String.join(", ", article.tags()), Field.Store.NO));
		doc.add(new TextField(field(SOURCES, language), String.join(", ", article.sources()), Field.Store.NO));
		if (article.sectionSlug() != null) {
			doc.add(new TextField(field(SECTION_NAME, language), article.sectionName(), Field.Store.YES));
			doc.add(new StringField(SECTION, article.sectionSlug(), Field.Store.NO));
		}
		for (ArticleCard.Byline byline : article.bylines()) {
			doc.add(new StringField(AUTHOR, byline.slug(), Field.Store.NO));
		}
		doc.add(new LongField(PUBLISHED, article.publishedAt().toEpochMilli(), Field.Store.YES));
		return doc;
	}

	private static FieldType textWithOffsets() {
		FieldType type = new FieldType(TextField.TYPE_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		type.freeze();
		return type;
	}

	private static String nullToEmpty(String text) {
		return (text == null) ? "" : text;
	}

	/** Work done with a searcher that is released afterwards. */
	@FunctionalInterface
	interface Search<T> {

		T apply(IndexSearcher searcher) throws IOException;

	}

}
