package news.dateline.search;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;

import news.dateline.article.ArticleService;
import news.dateline.article.ArticleSyndication;
import news.dateline.article.StoryList;
import news.dateline.author.AuthorDetails;
import news.dateline.author.AuthorService;
import news.dateline.tag.TagDetails;
import news.dateline.tag.TagService;
import news.dateline.tag.TagView;
import news.dateline.section.SectionView;
import news.dateline.security.CurrentActor;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestData;
import news.dateline.system.ChangeLog;
import news.dateline.system.ChangePoller;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class SearchIndexerTests {

	@Autowired
	TestData data;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchService search;

	@Autowired
	ChangeLog changeLog;

	@Autowired
	ChangePoller poller;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleService articles;

	@Autowired
	CurrentActor currentActor;

	@Autowired
	ArticleSyndication syndication;

	@Autowired
	AuthorService authors;

	@Autowired
	TagService tags;

	@Autowired
	PlatformTransactionManager transactions;

	private SectionView section;

	private String author;

	@BeforeEach
	void emptyIndex() {
		this.clock.reset();
		this.index.deleteAll();
		this.index.refresh();
		this.section = this.data.section("Business");
		this.author = this.data.author("Kim Ji-woo", "economy");
	}

	private List<String> found(String words) {
		return this.search.search(SearchRequest.of(words)).hits().stream().map((hit) -> hit.headline().text()).toList();
	}

	@Test
	void indexesStoriesThatAnotherNodeChangedOnTheNextPoll() {
		Story story = this.data.story("Shipyard orders surge", this.section, this.author, Duration.ofHours(1));
		assertThat(found("shipyard")).isEmpty();
		this.changeLog
			.record(ContentChanged.of(ContentKeys.article(story.id()), ContentKeys.card(story.id()), ContentKeys.HOME));
		assertThat(this.poller.poll()).isPositive();
		assertThat(found("shipyard")).containsExactly("Shipyard orders surge");
		assertThat(Long.parseLong(this.index.commitData().get(SearchIndex.CHANGE_LOG_ID)))
			.isEqualTo(this.changeLog.latestId());
		this.data.unpublish(story);
		this.changeLog
			.record(ContentChanged.of(ContentKeys.article(story.id()), ContentKeys.card(story.id()), ContentKeys.HOME));
		this.poller.poll();
		assertThat(found("shipyard")).isEmpty();
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void aRenamedAuthorOrTagIsFoundUnderItsNewNameInEveryStoryNamingIt() {
		Story first = this.data.story("Shipyard orders surge", this.section, this.author, Duration.ofHours(2), "조선업");
		Story second = this.data.story("Dockers vote on the pact", this.section, this.author, Duration.ofHours(1));
		this.indexer.reindex(List.of(first.id(), second.id()));
		assertThat(found("Núñez")).isEmpty();

		Long authorId = this.authors.bySlug(this.author).id();
		var editing = this.authors.editing(authorId);
		AuthorDetails before = editing.value();
		this.authors.update(authorId, editing.version(), new AuthorDetails("Kim Ji-woo Núñez", before.slug(),
				before.bio(), before.photoUrl(), before.beats(), before.links()));
		TagView tag = this.tags.bySlug(this.tags.findOrCreate("조선업").getSlug());
		this.tags.rename(tag.id(), this.tags.editing(tag.id()).version(), new TagDetails("조선 — «해양»", tag.slug()));
		this.indexer.reindexNaming(SearchIndexer.Named
			.in(ContentChanged.of(ContentKeys.name("author", this.author), ContentKeys.name("tag", tag.slug()))
				.keys()));

		assertThat(found("Núñez")).containsExactlyInAnyOrder("Shipyard orders surge", "Dockers vote on the pact");
		assertThat(found("해양")).containsExactly("Shipyard orders surge");
	}

	@Test
	void renameKeysAreReadBackWithTheirSlugsDecoded() {
		assertThat(SearchIndexer.Named.in(ContentChanged.named("tag", "조선-업", "año-🚢").keys()))
			.containsExactlyInAnyOrder(new SearchIndexer.Named(StoryList.Kind.TAG, "조선-업"),
					new SearchIndexer.Named(StoryList.Kind.TAG, "año-🚢"));
		assertThat(SearchIndexer.Named.in(List.of(ContentKeys.article(7), ContentKeys.HOME, "name:nobody:x")))
			.isEmpty();
	}

	@Test
	void catchUpAppliesTheChangesLoggedSinceTheLastCommit() {
		this.index.commit(this.changeLog.latestId(), this.clock.instant());
		Story story = this.data.story("Chipmaker expands", this.section, this.author, Duration.ofHours(1));
		this.changeLog
			.record(ContentChanged.of(ContentKeys.article(story.id()), ContentKeys.card(story.id()), ContentKeys.HOME));
		this.indexer.catchUp();
		assertThat(found("chipmaker")).containsExactly("Chipmaker expands");
	}

	@Test
	void catchUpRebuildsAnIndexTooOldForTheChangeLog() {
		this.index.commit(0, this.clock.instant().minus(Duration.ofDays(3)));
		this.data.story("Bank merger approved", this.section, this.author, Duration.ofHours(1));
		this.indexer.catchUp();
		assertThat(found("bank merger")).containsExactly("Bank merger approved");
		assertThat(this.indexer.progress().finishedAt()).isEqualTo(this.clock.instant());
		assertThat(Instant.parse(this.index.commitData().get(SearchIndex.SYNCED_AT))).isEqualTo(this.clock.instant());
	}

	@Test
	void indexesHeadlineDeckAndBodyWithTheWordsOffsets() {
		this.indexer.reindex(List
			.of(this.data.story("Ferry timetable changes", this.section, this.author, Duration.ofHours(1)).id()));
		for (String field : List.of(SearchIndex.HEADLINE, SearchIndex.DECK, SearchIndex.BODY)) {
			assertThat(indexOptions(this.index, field)).as(field)
				.isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
		}
		assertThat(this.index.outdated()).isFalse();
	}

	@Test
	void catchUpRebuildsAnIndexWrittenInAnOlderLayout(@TempDir Path dir) throws IOException {
		Story story = this.data.story("Lighthouse keeper retires", this.section, this.author, Duration.ofHours(1));
		try (IndexWriter older = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new NewsAnalyzer()))) {
			Document doc = new Document();
			doc.add(new StringField(SearchIndex.ID, "-1", Field.Store.YES));
			doc.add(new TextField(SearchIndex.BODY, "Indexed without offsets.", Field.Store.YES));
			older.addDocument(doc);
			older.setLiveCommitData(Map.of(SearchIndex.CHANGE_LOG_ID, Long.toString(this.changeLog.latestId()),
					SearchIndex.SYNCED_AT, this.clock.instant().toString())
				.entrySet());
			older.commit();
		}
		SearchIndex reopened = new SearchIndex(new SearchProperties(dir.toString(), false, Duration.ofSeconds(30)));
		try {
			assertThat(reopened.outdated()).isTrue();
			SearchIndexer indexer = new SearchIndexer(reopened, this.articles, this.syndication, this.changeLog,
					this.currentActor, new SearchProperties(dir.toString(), false, Duration.ofSeconds(30)),
					this.transactions, this.clock);
			indexer.catchUp();
			indexer.destroy();
			assertThat(reopened.outdated()).isFalse();
			assertThat(reopened.commitData()).containsEntry(SearchIndex.LAYOUT, SearchIndex.CURRENT_LAYOUT);
			assertThat(indexOptions(reopened, SearchIndex.BODY))
				.isEqualTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
			assertThat(count(reopened, story.id().toString())).isOne();
			assertThat(count(reopened, "-1")).isZero();
		}
		finally {
			reopened.destroy();
		}
		SearchIndex again = new SearchIndex(new SearchProperties(dir.toString(), false, Duration.ofSeconds(30)));
		try {
			assertThat(again.outdated()).as("a rebuilt index is current when opened again").isFalse();
		}
		finally {
			again.destroy();
		}
	}

	private static IndexOptions indexOptions(SearchIndex index, String field) {
		return index.search((searcher) -> FieldInfos.getMergedFieldInfos(searcher.getIndexReader())
			.fieldInfo(field)
			.getIndexOptions());
	}

	private static int count(SearchIndex index, String id) {
		return index.search((searcher) -> searcher.count(new TermQuery(new Term(SearchIndex.ID, id))));
	}

	@Test
	void onlyEditorsMayStartARebuild() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.indexer::startRebuild);
	}

	@Test
	@WithMockUser(roles = "AUTHOR")
	void authorsMayNotStartARebuild() {
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(this.indexer::startRebuild);
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorStartsARebuildThatRunsInTheBackground() throws InterruptedException {
		RebuildProgress before = this.indexer.progress();
		assertThat(this.indexer.startRebuild()).isTrue();
		long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
		while ((this.indexer.progress() == before || this.indexer.progress().running())
				&& System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(this.indexer.progress().running()).isFalse();
		assertThat(this.indexer.progress().failed()).isFalse();
		assertThat(this.indexer.progress().percent()).isEqualTo(100);
	}

}
