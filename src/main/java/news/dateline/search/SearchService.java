package news.dateline.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.springframework.stereotype.Service;

import news.dateline.article.ArticleService;
import news.dateline.article.CardImage;
import news.dateline.article.ArticleView;
import news.dateline.article.SimilarStories;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;

/**
 * Answers readers' searches from the index: the words in headline, deck, body, bylines,
 * tags, sources and section, headline matches weighing most and recent stories a little
 * more; filters by section, author and dates; bounded paging; snippets with the matched
 * words marked. Only stories live now are found: the index filters on publication time
 * and the database confirms each hit. A search asked again shortly after, while the index
 * has not changed, reuses the ranking and snippets (a story that is scheduled goes live
 * in search at most {@code dateline.search.results-ttl} late; one taken down disappears
 * at once). Also finds stories similar to a given one for "Related stories".
 */
@Service
public class SearchService implements SimilarStories {

	public static final int PAGE_SIZE = 10;

	/** Deeper pages than this are not served: paging stays cheap. */
	public static final int MAX_PAGES = 50;

	static final String LATENCY = "dateline.search";

	/** The weight of each field, by its English name ({@link SearchIndex#field}). */
	static final Map<String, Float> FIELD_WEIGHTS = Map.of(SearchIndex.HEADLINE, 5f, SearchIndex.DECK, 2f,
			SearchIndex.BODY, 1f, SearchIndex.BYLINES, 2f, SearchIndex.TAGS, 2f, SearchIndex.SOURCES, 1f,
			SearchIndex.SECTION_NAME, 1f);

	/** Reader syntax: quoted phrases, + - | and brackets; no wildcards or fuzzy terms. */
	static final int SYNTAX = SimpleQueryParser.AND_OPERATOR | SimpleQueryParser.OR_OPERATOR
			| SimpleQueryParser.NOT_OPERATOR | SimpleQueryParser.PHRASE_OPERATOR
			| SimpleQueryParser.PRECEDENCE_OPERATORS | SimpleQueryParser.WHITESPACE_OPERATOR
			| SimpleQueryParser.ESCAPE_OPERATOR;

	/**
	 * At most this much is added to a score for a story published now, half of it a week
	 * ago.
	 */
	static final float RECENCY_WEIGHT = 3f;

	static final long RECENCY_PIVOT_MILLIS = 7L * 24 * 3600 * 1000;

	static final int TOTAL_HITS_THRESHOLD = 1000;

	private final SearchIndex index;

	private final ArticleService articles;

	private final SiteProperties site;

	private final Clock clock;

	private final Timer latency;

	/** Time slices in which a ranking is reused; zero when rankings are not kept. */
	private final long resultsTtlMillis;

	private final Cache<RankingKey, Ranking> rankings;

	private final Editions editions;

	private final SectionService sections;

	SearchService(SearchIndex index, ArticleService articles, SiteProperties site, Clock clock, MeterRegistry registry,
			SearchProperties properties, Editions editions, SectionService sections) {
		this.editions = editions;
		this.sections = sections;
		this.resultsTtlMillis = properties.resultsTtl().toMillis();
		this.rankings = Caffeine.newBuilder()
			.maximumSize(1000)
			.expireAfterWrite(properties.resultsTtl().multipliedBy(2).plus(Duration.ofSeconds(1)))
			.build();
		this.latency = Timer.builder(LATENCY).description("Readers' searches answered").register(registry);
		this.index = index;
		this.articles = articles;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * The page of results for a reader's search, or the reason the query cannot be
	 * answered.
	 */
	public SearchResults search(SearchRequest request) {
		return this.latency.record(() -> answer(request));
	}

	private SearchResults answer(SearchRequest request) {
		if (request.query().isEmpty()) {
			return SearchResults.problem(request, "search.problem.empty");
		}
		if (request.query().length() > SearchRequest.MAX_QUERY_LENGTH) {
			return SearchResults.problem(request, "search.problem.too-long");
		}
		if (request.badDate()
				|| request.from() != null && request.to() != null && request.from().isAfter(request.to())) {
			return SearchResults.problem(request, "search.problem.dates");
		}
		Edition edition = this.editions.byCode(request.language()).orElse(this.editions.defaultEdition());
		Query words = parse(request.query(), edition.code());
		if (words == null) {
			return SearchResults.problem(request, "search.problem.no-words");
		}
		if (request.page() > MAX_PAGES) {
			return SearchResults.problem(request, "search.problem.too-deep");
		}
		Instant now = this.clock.instant();
		Query query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST)
			.add(LongField.newDistanceFeatureQuery(SearchIndex.PUBLISHED, RECENCY_WEIGHT, now.toEpochMilli(),
					RECENCY_PIVOT_MILLIS), BooleanClause.Occur.SHOULD)
			.add(filters(request, edition.code(), now), BooleanClause.Occur.FILTER)
			.build();
		Ranking ranking = this.index.search((searcher) -> ranking(searcher, request, now, () -> {
			int wanted = request.page() * PAGE_SIZE;
			TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, TOTAL_HITS_THRESHOLD));
			List<SearchHit> hits = hits(searcher, top.scoreDocs, (request.page() - 1) * PAGE_SIZE, words, edition);
			boolean lowerBound = top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO;
			return new Ranking(hits, top.totalHits.value, lowerBound);
		}));
		List<Long> ids = ranking.hits().stream().map(SearchHit::id).toList();
		Set<Long> live = this.articles.liveIds(ids);
		Map<Long, CardImage> images = this.articles.liveImages(ids);
		List<SearchHit> hits = ranking.hits()
			.stream()
			.filter((hit) -> live.contains(hit.id()))
			.map((hit) -> hit.withImage(images.get(hit.id())))
			.toList();
		int pages = (int) Math.min(MAX_PAGES, (ranking.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		return new SearchResults(request, hits, ranking.total(), ranking.totalIsLowerBound(), request.page(), pages,
				null);
	}

	/**
	 * The ranking of this search on this searcher's index now, reused from a moment ago
	 * when there is one.
	 */
	private Ranking ranking(IndexSearcher searcher, SearchRequest request, Instant now, Search search)
			throws IOException {
		if (this.resultsTtlMillis <= 0 || !(searcher.getIndexReader() instanceof DirectoryReader reader)) {
			return search.rank();
		}
		RankingKey key = new RankingKey(reader.getVersion(), Math.floorDiv(now.toEpochMilli(), this.resultsTtlMillis),
				request);
		try {
			return this.rankings.get(key, (missing) -> {
				try {
					return search.rank();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/**
	 * The reader's words as a query over every text field of the language's stories,
	 * analysed in that language, or null when no searchable word is left.
	 */
	Query parse(String text, String language) {
		Map<String, Float> weights = new HashMap<>();
		FIELD_WEIGHTS.forEach((name, weight) -> weights.put(SearchIndex.field(name, language), weight));
		SimpleQueryParser parser = new SimpleQueryParser(this.index.analyzer(), weights, SYNTAX);
		parser.setDefaultOperator(BooleanClause.Occur.MUST);
		Query query = parser.parse(text);
		return (query == null || query instanceof MatchNoDocsQuery) ? null : query;
	}

	private Query filters(SearchRequest request, String language, Instant now) {
		ZoneId zone = this.site.timeZone();
		long latest = now.toEpochMilli();
		if (request.to() != null) {
			latest = Math.min(latest, request.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1);
		}
		long earliest = (request.from() != null) ? request.from().atStartOfDay(zone).toInstant().toEpochMilli()
				: Long.MIN_VALUE;
		BooleanQuery.Builder filters = new BooleanQuery.Builder()
			.add(LongField.newRangeQuery(SearchIndex.PUBLISHED, earliest, latest), BooleanClause.Occur.FILTER)
			.add(new TermQuery(new Term(SearchIndex.LANGUAGE, language)), BooleanClause.Occur.FILTER);
		if (request.section() != null) {
			// the edition's form names the section by its slug there; the index by its
			// own
			String section = this.sections.findByEditionSlug(language, request.section())
				.map(SectionView::slug)
				.orElse(request.section());
			filters.add(new TermQuery(new Term(SearchIndex.SECTION, section)), BooleanClause.Occur.FILTER);
		}
		if (request.author() != null) {
			filters.add(new TermQuery(new Term(SearchIndex.AUTHOR, request.author())), BooleanClause.Occur.FILTER);
		}
		return filters.build();
	}

	/**
	 * The hits of a page as the index has them, snippets included; whether each is live
	 * is not checked here.
	 */
	private List<SearchHit> hits(IndexSearcher searcher, ScoreDoc[] scoreDocs, int offset, Query words, Edition edition)
			throws IOException {
		String headlineField = SearchIndex.field(SearchIndex.HEADLINE, edition.code());
		String sectionField = SearchIndex.field(SearchIndex.SECTION_NAME, edition.code());
		Set<String> hitFields = Set.of(SearchIndex.ID, SearchIndex.SLUG, headlineField, SearchIndex.PUBLISHED,
				sectionField);
		StoredFields stored = searcher.storedFields();
		List<Document> documents = new ArrayList<>();
		int[] docIds = new int[Math.max(0, scoreDocs.length - offset)];
		for (int i = offset; i < scoreDocs.length; i++) {
			documents.add(stored.document(scoreDocs[i].doc, hitFields));
			docIds[i - offset] = scoreDocs[i].doc;
		}
		SnippetHighlighter highlighter = new SnippetHighlighter(searcher, this.index.analyzer(), edition);
		Object[][] snippets = highlighter.snippets(words, docIds);
		List<SearchHit> hits = new ArrayList<>();
		for (int i = 0; i < documents.size(); i++) {
			Document doc = documents.get(i);
			Snippet headline = snippet(snippets[0][i]);
			hits.add(new SearchHit(Long.valueOf(doc.get(SearchIndex.ID)),
					edition.path(ArticleView.urlOf(doc.get(SearchIndex.SLUG))),
					headline.isEmpty() ? Snippet.plain(doc.get(headlineField)) : headline,
					Instant.ofEpochMilli(doc.getField(SearchIndex.PUBLISHED).numericValue().longValue()),
					doc.get(sectionField), bodyOrDeck(snippet(snippets[2][i]), snippet(snippets[1][i])), null));
		}
		return List.copyOf(hits);
	}

	/**
	 * The body's snippet, or the deck's when only the deck has the words marked (or the
	 * body is empty).
	 */
	private static Snippet bodyOrDeck(Snippet body, Snippet deck) {
		boolean matched = body.pieces().stream().anyMatch(Snippet.Piece::match);
		return (!matched && !deck.isEmpty()) ? deck : body;
	}

	private static Snippet snippet(Object highlighted) {
		return (highlighted instanceof Snippet snippet) ? snippet : Snippet.plain(null);
	}

	@Override
	public List<Long> similarTo(Long articleId, int limit) {
		try {
			return this.index.search((searcher) -> {
				TopDocs own = searcher.search(new TermQuery(new Term(SearchIndex.ID, articleId.toString())), 1);
				if (own.scoreDocs.length == 0) {
					return List.of();
				}
				// stories of the same edition, compared in its language's fields
				String language = searcher.storedFields()
					.document(own.scoreDocs[0].doc, Set.of(SearchIndex.LANGUAGE))
					.get(SearchIndex.LANGUAGE);
				MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
				like.setAnalyzer(this.index.analyzer());
				like.setFieldNames(new String[] { SearchIndex.field(SearchIndex.HEADLINE, language),
						SearchIndex.field(SearchIndex.BODY, language) });
				like.setMinTermFreq(1);
				like.setMinDocFreq(1);
				like.setMaxQueryTerms(25);
				Query query = new BooleanQuery.Builder().add(like.like(own.scoreDocs[0].doc), BooleanClause.Occur.MUST)
					.add(new TermQuery(new Term(SearchIndex.ID, articleId.toString())), BooleanClause.Occur.MUST_NOT)
					.add(LongField.newRangeQuery(SearchIndex.PUBLISHED, Long.MIN_VALUE, this.clock.millis()),
							BooleanClause.Occur.FILTER)
					.add(new TermQuery(new Term(SearchIndex.LANGUAGE, language)), BooleanClause.Occur.FILTER)
					.build();
				StoredFields stored = searcher.storedFields();
				List<Long> ids = new ArrayList<>();
				for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
					ids.add(Long.valueOf(stored.document(hit.doc).get(SearchIndex.ID)));
				}
				return ids;
			});
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			return List.of();
		}
	}

	/**
	 * A page of hits in rank order, before the database confirms which are live, and the
	 * total found.
	 */
	private record Ranking(List<SearchHit> hits, long total, boolean totalIsLowerBound) {
	}

	/** The same search on the same index in the same time slice. */
	private record RankingKey(long indexVersion, long timeSlice, SearchRequest request) {
	}

	/** Ranks a search on the searcher at hand. */
	@FunctionalInterface
	private interface Search {

		Ranking rank() throws IOException;

	}

}
