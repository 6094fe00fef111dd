package news.dateline.comment;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleService;
import news.dateline.comment.internal.CommentRepository;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readers' comments reach the story's count after they commit, in the next recount; these
 * tests commit real transactions, so they remove what they made.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CommentCountsTests {

	@Autowired
	CommentService comments;

	@Autowired
	CommentCounts counts;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ArticleService articles;

	@Autowired
	CommentRepository repository;

	SectionView section;

	String author;

	Story story;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.counts.refresh();
		this.section = this.data.section(TestData.unique("Counted"));
		this.author = this.data.author(TestData.unique("Counter"));
		this.story = this.data.story("Counts after commit", this.section, this.author, Duration.ofHours(1));
		// a regular: their comments are approved at once
		this.data.approvedComment(this.story, null, "Regular", "Earlier words");
		this.counts.refresh();
	}

	@AfterEach
	void removeWhatWasCommitted() {
		this.counts.refresh();
		this.jdbc.sql("delete from article where id = ?").param(this.story.id()).update();
		this.jdbc.sql("delete from author where slug = ?").param(this.author).update();
		this.jdbc.sql("delete from section where slug = ?").param(this.section.slug()).update();
	}

	private int storedCount() {
		return this.jdbc.sql("select comment_count from article where id = ?")
			.param(this.story.id())
			.query(Integer.class)
			.single();
	}

	private SubmittedComment post(String body) {
		this.clock.advance(Duration.ofMinutes(1));
		return this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("Regular", "regular@example.com", null, "hash-Regular"), body, false,
				Duration.ofSeconds(30)));
	}

	@Test
	void anApprovedCommentIsCountedAtTheNextRecountNotInItsOwnTransaction() {
		assertThat(storedCount()).isEqualTo(1);
		SubmittedComment submitted = post("Second words");
		assertThat(submitted.status()).isEqualTo(CommentStatus.APPROVED);
		assertThat(storedCount()).isEqualTo(1);
		assertThat(this.counts.pending()).isEqualTo(1);
		assertThat(this.counts.refresh()).isEqualTo(1);
		assertThat(storedCount()).isEqualTo(2);
		assertThat(this.counts.pending()).isZero();
	}

	@Test
	void manyCommentsOnOneStoryCostOneRecount() {
		for (int i = 0; i < 5; i++) {
			post("Words number " + i);
		}
		assertThat(this.counts.pending()).isEqualTo(1);
		assertThat(this.counts.refresh()).isEqualTo(1);
		assertThat(storedCount()).isEqualTo(6);
	}

	@Test
	void aCommentWhoseTransactionRollsBackIsNotNoted() {
		AtomicLong id = new AtomicLong();
		this.transactions.executeWithoutResult((status) -> {
			id.set(post("Words that never land").id());
			status.setRollbackOnly();
		});
		assertThat(id.get()).isPositive();
		assertThat(this.counts.pending()).isZero();
		assertThat(storedCount()).isEqualTo(1);
	}

	@Test
	void theRecountRepairsACountThatDrifted() {
		this.jdbc.sql("update article set comment_count = 40 where id = ?").param(this.story.id()).update();
		post("Words that trigger a recount");
		this.counts.refresh();
		assertThat(storedCount()).isEqualTo(2);
	}

	@Test
	void aNodeStartingAfterBeingKilledRecountsTheStoriesOfTheNewestComments() {
		// as if the node that took this comment was killed before its next round
		post("Words whose count was never written");
		this.jdbc.sql("update article set comment_count = 1 where id = ?").param(this.story.id()).update();
		CommentCounts restarted = new CommentCounts(this.articles, this.repository,
				new CommentCountSettings(java.time.Duration.ofSeconds(1)));
		assertThat(restarted.refresh()).isPositive();
		assertThat(storedCount()).isEqualTo(2);
	}

}
