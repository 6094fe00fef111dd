package news.dateline.comment;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import jakarta.persistence.EntityManager;

import news.dateline.audit.AuditLog;
import news.dateline.comment.internal.CommentRepository;
import news.dateline.security.Actor;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.system.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
@RecordApplicationEvents
class CommentModerationTests {

	@Autowired
	CommentModeration moderation;

	@Autowired
	CommentService comments;

	@Autowired
	CommentRepository repository;

	@Autowired
	AuditLog audit;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	ApplicationEvents events;

	Story story;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.story = this.data.story("Pact alarms Seoul", this.data.section("World"),
				this.data.author("Tarun Kumar", "news"), Duration.ofHours(1));
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private Long held(String email, String body) {
		this.clock.advance(Duration.ofMinutes(1));
		SubmittedComment submitted = this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("Reader " + email, email, "https://example.org/me", TestData.unique("ip")), body, false,
				Duration.ofSeconds(30)));
		return submitted.id();
	}

	private int commentCount() {
		this.entityManager.flush();
		return this.jdbc.sql("select comment_count from article where id = ?")
			.param(this.story.id())
			.query(Integer.class)
			.single();
	}

	private CommentStatus status(Long id) {
		this.entityManager.flush();
		this.entityManager.clear();
		return this.repository.findById(id).orElseThrow().getStatus();
	}

	@Test
	void approvingAHeldCommentCountsItShowsItAndAnnouncesIt() {
		Long id = held("new@example.com", "First words");
		assertThat(status(id)).isEqualTo(CommentStatus.PENDING);
		this.staff.signIn(Role.EDITOR);
		assertThat(this.moderation.apply(ModerationAction.APPROVE, id)).isTrue();
		assertThat(status(id)).isEqualTo(CommentStatus.APPROVED);
		assertThat(commentCount()).isEqualTo(1);
		assertThat(this.comments.thread(this.story.id(), List.of()).comments()).extracting(CommentView::id)
			.containsExactly(id);
		assertThat(this.events.stream(CommentApproved.class)).containsExactly(new CommentApproved(this.story.id(), id));
	}

	@Test
	void everyMoveOutOfApprovedLowersTheCount() {
		Long first = held("a@example.com", "One");
		Long second = held("b@example.com", "Two");
		Long third = held("c@example.com", "Three");
		this.staff.signIn(Role.EDITOR);
		assertThat(this.moderation.apply(ModerationAction.APPROVE, List.of(first, second, third))).isEqualTo(3);
		assertThat(commentCount()).isEqualTo(3);
		this.moderation.apply(ModerationAction.UNAPPROVE, first);
		this.moderation.apply(ModerationAction.SPAM, second);
		assertThat(commentCount()).isEqualTo(1);
		this.moderation.apply(ModerationAction.TRASH, third);
		assertThat(commentCount()).isZero();
		this.moderation.apply(ModerationAction.RESTORE, third);
		assertThat(status(third)).isEqualTo(CommentStatus.PENDING);
		assertThat(commentCount()).isZero();
		this.moderation.apply(ModerationAction.APPROVE, second);
		assertThat(commentCount()).isEqualTo(1);
	}

	@Test
	void appliesABulkActionOnlyWhereItFits() {
		Long pending = held("a@example.com", "One");
		Long spam = held("b@example.com", "Two");
		this.staff.signIn(Role.ADMINISTRATOR);
		this.moderation.apply(ModerationAction.SPAM, spam);
		assertThat(this.moderation.apply(ModerationAction.RESTORE, List.of(pending, spam))).isEqualTo(1);
		assertThat(this.moderation.apply(ModerationAction.APPROVE, List.of(pending, pending))).isEqualTo(1);
		assertThat(commentCount()).isEqualTo(1);
	}

	@Test
	void approvingAFirstTimeCommenterLetsTheirLaterCommentsThrough() {
		Long first = held("mina@example.com", "My first comment");
		assertThat(status(first)).isEqualTo(CommentStatus.PENDING);
		this.staff.signIn(Role.EDITOR);
		this.moderation.apply(ModerationAction.APPROVE, first);
		TestStaff.signOut();
		Long later = held("mina@example.com", "And another one");
		assertThat(status(later)).isEqualTo(CommentStatus.APPROVED);
		// the reader's own comment reaches the stored count after it commits
		// (CommentCountsTests)
		assertThat(this.comments.thread(this.story.id(), List.of()).approvedCount()).isEqualTo(2);
	}

	@Test
	void showsTheQueueWithStoryReasonAndSenderNewestFirst() {
		Long older = held("a@example.com", "Older");
		Long newer = held("b@example.com", "Newer");
		this.staff.signIn(Role.EDITOR);
		ModerationQueue queue = this.moderation.queue(CommentStatus.PENDING, null);
		assertThat(queue.items()).extracting(ModerationItem::id).containsSubsequence(newer, older);
		ModerationItem item = queue.items().stream().filter((i) -> i.id().equals(newer)).findFirst().orElseThrow();
		assertThat(item.articleHeadline()).isEqualTo("Pact alarms Seoul");
		assertThat(item.articleUrl()).isEqualTo(this.story.url());
		assertThat(item.authorEmail()).isEqualTo("b@example.com");
		assertThat(item.authorWebsite()).isEqualTo("https://example.org/me");
		assertThat(item.ipHash()).startsWith("ip-");
		assertThat(item.heldReason()).isEqualTo(HoldReason.FIRST_TIME_COMMENTER);
		assertThat(this.moderation.counts().pending()).isGreaterThanOrEqualTo(2);
		assertThat(this.moderation.queue(CommentStatus.PENDING, newer).items()).extracting(ModerationItem::id)
			.doesNotContain(newer)
			.contains(older);
	}

	@Test
	void aStaffReplyIsShownAtOnceWithItsBadgeAndApprovesThePendingComment() {
		Long question = held("q@example.com", "Who signed the pact?");
		Actor editor = this.staff.signIn(Role.EDITOR);
		Long reply = this.moderation.reply(question, "The two defence ministers did.");
		assertThat(status(question)).isEqualTo(CommentStatus.APPROVED);
		assertThat(commentCount()).isEqualTo(2);
		CommentView shown = this.comments.thread(this.story.id(), List.of()).comments().get(0).replies().get(0);
		assertThat(shown.id()).isEqualTo(reply);
		assertThat(shown.staff()).isTrue();
		assertThat(shown.authorName()).isEqualTo(editor.displayName());
		assertThat(this.events.stream(CommentApproved.class)).hasSize(2);
	}

	@Test
	void refusesAReplyToACommentThatIsNotShown() {
		Long spam = held("s@example.com", "Spam");
		this.staff.signIn(Role.EDITOR);
		this.moderation.apply(ModerationAction.SPAM, spam);
		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.moderation.reply(spam, "No"));
	}

	@Test
	void aBlockedEmailOrAddressSendsTheNextCommentToSpam() {
		Long first = held("troll@example.com", "Rude");
		this.staff.signIn(Role.EDITOR);
		this.moderation.block(first, BlockKind.EMAIL);
		TestStaff.signOut();
		Long next = held("troll@example.com", "Rude again");
		assertThat(status(next)).isEqualTo(CommentStatus.SPAM);
		assertThat(this.repository.findById(next).orElseThrow().getHeldReason()).isEqualTo(HoldReason.BLOCKED);

		this.clock.advance(Duration.ofMinutes(1));
		String address = TestData.unique("ip");
		SubmittedComment fromAddress = this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("Other", "other@example.com", null, address), "Hello", false, Duration.ofSeconds(30)));
		this.staff.signIn(Role.EDITOR);
		this.moderation.block(fromAddress.id(), BlockKind.IP_HASH);
		assertThat(this.moderation.blocks()).extracting(BlockView::value).contains("troll@example.com", address);
		TestStaff.signOut();
		this.clock.advance(Duration.ofMinutes(1));
		SubmittedComment again = this.comments
			.submit(new NewComment(this.story.id(), null, new Commenter("Other", "new-name@example.com", null, address),
					"Hello again", false, Duration.ofSeconds(30)));
		assertThat(again.status()).isEqualTo(CommentStatus.SPAM);
	}

	@Test
	void editsTheTextAndKeepsTheStatus() {
		Long id = held("e@example.com", "Call me at 555-0100");
		this.staff.signIn(Role.EDITOR);
		this.moderation.edit(id, "  Call me [number removed]  ");
		assertThat(this.moderation.get(id).body()).isEqualTo("Call me [number removed]");
		assertThat(status(id)).isEqualTo(CommentStatus.PENDING);
	}

	@Test
	void writesEachDecisionToTheAuditLog() {
		Long id = held("a@example.com", "One");
		this.staff.signIn(Role.EDITOR);
		this.moderation.apply(ModerationAction.APPROVE, id);
		this.staff.signIn(Role.ADMINISTRATOR);
		assertThat(this.audit.recent(5).orElseThrow()).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("comment.approve");
			assertThat(entry.subjectId()).isEqualTo(id.toString());
			assertThat(entry.actorName()).isEqualTo("Test Editor");
			assertThat(entry.detail()).startsWith("PENDING to APPROVED");
		});
	}

	@Test
	void contributorsAndAuthorsCannotModerateAndNothingChanges() {
		Long id = held("a@example.com", "One");
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.moderation.apply(ModerationAction.APPROVE, id));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.moderation.apply(ModerationAction.TRASH, List.of(id)));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.moderation.reply(id, "Hi"));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.moderation.edit(id, "Hi"));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.moderation.block(id, BlockKind.EMAIL));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.moderation.queue(CommentStatus.PENDING, null));
			assertThat(this.moderation.summary()).isEmpty();
			assertThat(this.moderation.countsForNavigation()).isEmpty();
		}
		assertThat(status(id)).isEqualTo(CommentStatus.PENDING);
		assertThat(commentCount()).isZero();
		assertThat(this.jdbc.sql("select count(*) from comment_block").query(Long.class).single()).isZero();
	}

}
