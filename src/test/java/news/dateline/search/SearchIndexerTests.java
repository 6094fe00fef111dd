package news.dateline.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import news.dateline.article.ArticleUpdated;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.system.ChangeLog;
import news.dateline.system.ChangePoller;

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
		this.changeLog.record(new ArticleUpdated(story.id(), "slug", 1, news.dateline.article.ArticleStatus.PUBLISHED, null));
		assertThat(this.poller.poll()).isPositive();
		assertThat(found("shipyard")).containsExactly("Shipyard orders surge");
		assertThat(Long.parseLong(this.index.commitData().get(SearchIndex.CHANGE_LOG_ID)))
			.isEqualTo(this.changeLog.latestId());
		this.data.unpublish(story);
		this.changeLog.record(new ArticleUpdated(story.id(), "slug", 1, news.dateline.article.ArticleStatus.PUBLISHED, null));
		this.poller.poll();
		assertThat(this.index.size()).isZero();
	}

	@Test
	void catchUpAppliesTheChangesLoggedSinceTheLastCommit() {
		this.index.commit(this.changeLog.latestId(), this.clock.instant());
		Story story = this.data.story("Chipmaker expands", this.section, this.author, Duration.ofHours(1));
		this.changeLog.record(new ArticleUpdated(story.id(), "slug", 1, news.dateline.article.ArticleStatus.PUBLISHED, null));
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
