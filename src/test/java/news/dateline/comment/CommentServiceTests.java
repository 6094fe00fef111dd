package news.dateline.comment;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.article.ArticleNotFoundException;
import news.dateline.comment.internal.Comment;
import news.dateline.comment.internal.CommentRepository;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.system.TooManyRequestsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class CommentServiceTests {

	@Autowired
	CommentService comments;

	@Autowired
	CommentRepository repository;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	Story story;

	SectionView section;

	String author;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.section = this.data.section("World");
		this.author = this.data.author("Tarun Kumar", "news");
		this.story = this.data.story("Pact alarms Seoul", this.section, this.author, Duration.ofHours(1));
	}

	private NewComment comment(String email, String ipHash, String body, Long parentId) {
		return new NewComment(this.story.id(), parentId, new Commenter("Reader", email, null, ipHash), body, false,
				Duration.ofSeconds(30));
	}

	private SubmittedComment submit(String email, String ipHash, String body) {
		return this.comments.submit(comment(email, ipHash, body, null));
	}

	private void later() {
		this.clock.advance(Duration.ofMinutes(1));
	}

	@Test
	void holdsFirstTimeCommenterThenApprovesAfterAnApprovedComment() {
		assertThat(submit("new@example.com", "ip1", "First words").status()).isEqualTo(CommentStatus.PENDING);
		this.data.approvedComment(this.story, null, "Mina Park", "Earlier approved comment");
		later();
		assertThat(submit("mina.park@example.com", "ip2", "Second words").status()).isEqualTo(CommentStatus.APPROVED);
	}

	@Test
	void storesWhyACommentWasHeld() {
		SubmittedComment held = submit("new@example.com", "ip1", "First words");
		assertThat(this.repository.findById(held.id()).orElseThrow().getHeldReason())
			.isEqualTo(HoldReason.FIRST_TIME_COMMENTER);
	}

	@Test
	void approvedCommentRaisesTheStoryCommentCountAndShowsInTheThread() {
		this.data.approvedComment(this.story, null, "Mina Park", "Earlier");
		later();
		SubmittedComment approved = submit("mina.park@example.com", "ip2", "Later");
		CommentThread thread = this.comments.thread(this.story.id(), List.of());
		assertThat(thread.approvedCount()).isEqualTo(2);
		assertThat(thread.comments()).extracting(CommentView::id).contains(approved.id());
	}

	@Test
	void showsHeldCommentOnlyToItsAuthor() {
		SubmittedComment held = submit("new@example.com", "ip1", "Waiting");
		assertThat(this.comments.thread(this.story.id(), List.of()).comments()).isEmpty();
		CommentThread own = this.comments.thread(this.story.id(), Set.of(held.id()));
		assertThat(own.comments()).singleElement().satisfies((view) -> {
			assertThat(view.awaitingModeration()).isTrue();
			assertThat(view.id()).isEqualTo(held.id());
		});
		assertThat(own.approvedCount()).isZero();
	}

	@Test
	void refusesExactDuplicateFromTheSamePerson() {
		submit("new@example.com", "ip1", "Same words");
		later();
		assertThatExceptionOfType(CommentRejectedException.class)
			.isThrownBy(() -> submit("new@example.com", "ip1", "Same words"))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("comment.error.duplicate"));
	}

	@Test
	void answersFloodFromOneAddressWithinTheGap() {
		submit("one@example.com", "ip1", "First");
		this.clock.advance(Duration.ofSeconds(5));
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> submit("two@example.com", "ip1", "Second"));
		this.clock.advance(Duration.ofSeconds(11));
		assertThat(submit("two@example.com", "ip1", "Third").id()).isNotNull();
	}

	@Test
	void answersFloodFromOneEmailAcrossAddresses() {
		submit("one@example.com", "ip1", "First");
		this.clock.advance(Duration.ofSeconds(5));
		assertThatExceptionOfType(TooManyRequestsException.class)
			.isThrownBy(() -> submit("one@example.com", "ip2", "Second"));
	}

	@Test
	void sendsHoneypotAndHastyFormsToSpam() {
		SubmittedComment bot = this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("Bot", "bot@example.com", null, "ip9"), "Great post", true, Duration.ofSeconds(30)));
		assertThat(bot.status()).isEqualTo(CommentStatus.SPAM);
		later();
		SubmittedComment hasty = this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("Fast", "fast@example.com", null, "ip8"), "Great post", false, Duration.ofSeconds(1)));
		assertThat(hasty.status()).isEqualTo(CommentStatus.SPAM);
	}

	@Test
	void refusesCommentsWhenTheStoryIsClosed() {
		Story closed = this.data.story("Closed story", this.section, this.author, Duration.ofHours(1));
		closeComments(closed);
		assertThatExceptionOfType(CommentsClosedException.class)
			.isThrownBy(() -> this.comments.submit(new NewComment(closed.id(), null,
					new Commenter("R", "r@example.com", null, "ip"), "Hi", false, Duration.ofSeconds(30))));
	}

	@Test
	void refusesCommentsOnStoriesThatAreNotLive() {
		Story scheduled = this.data.story("Later", this.section, this.author, Duration.ofHours(-5));
		assertThatExceptionOfType(ArticleNotFoundException.class)
			.isThrownBy(() -> this.comments.submit(new NewComment(scheduled.id(), null,
					new Commenter("R", "r@example.com", null, "ip"), "Hi", false, Duration.ofSeconds(30))));
	}

	@Test
	void refusesReplyToACommentThatIsNotShown() {
		SubmittedComment held = submit("new@example.com", "ip1", "Waiting");
		later();
		assertThatExceptionOfType(CommentRejectedException.class)
			.isThrownBy(() -> this.comments.submit(comment("other@example.com", "ip2", "Reply", held.id())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("comment.error.parent-gone"));
	}

	@Test
	void nestsRepliesFiveDeepThenAttachesDeeperOnesAtTheDeepestLevel() {
		Long parent = null;
		for (int depth = 1; depth <= 5; depth++) {
			parent = this.data.approvedComment(this.story, parent, "Reader " + depth, "Level " + depth);
		}
		this.data.approvedComment(this.story, null, "Mina Park", "Makes Mina a known commenter");
		later();
		SubmittedComment sixth = this.comments.submit(comment("mina.park@example.com", "ip6", "Level six", parent));
		Comment stored = this.repository.findById(sixth.id()).orElseThrow();
		Comment fifth = this.repository.findById(parent).orElseThrow();
		assertThat(stored.getDepth()).isEqualTo(5);
		assertThat(stored.getParentId()).isEqualTo(fifth.getParentId());
	}

	@Test
	void buildsTheThreadAsATreeInPostingOrder() {
		Long first = this.data.approvedComment(this.story, null, "A", "Top one");
		Long reply = this.data.approvedComment(this.story, first, "B", "Reply to one");
		Long second = this.data.approvedComment(this.story, null, "C", "Top two");
		CommentThread thread = this.comments.thread(this.story.id(), List.of());
		assertThat(thread.comments()).extracting(CommentView::id).containsExactly(first, second);
		assertThat(thread.comments().get(0).replies()).extracting(CommentView::id).containsExactly(reply);
		assertThat(thread.approvedCount()).isEqualTo(3);
	}

	private void closeComments(Story closed) {
		this.repository.flush();
		this.data.closeComments(closed);
	}

}
