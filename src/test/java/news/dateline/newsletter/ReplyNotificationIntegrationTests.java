package news.dateline.newsletter;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.comment.CommentModeration;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Commenter;
import news.dateline.comment.ModerationAction;
import news.dateline.comment.NewComment;
import news.dateline.comment.SubmittedComment;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reply notifications with real commits: a commenter who opted in and confirmed hears of
 * a reply only once it is visible (not while held, never for spam), never of their own
 * reply, and can leave one story's thread or every thread.
 */
@DatabaseTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ReplyNotificationIntegrationTests {

	private static final Pattern TOKEN = Pattern.compile("/newsletters/confirm\\?token=(\\S+)");

	@Autowired
	Subscriptions subscriptions;

	@Autowired
	CommentService comments;

	@Autowired
	CommentModeration moderation;

	@Autowired
	TestData data;

	@Autowired
	TestActor actor;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	TestData.Story story;

	String commenter;

	String replier;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.story = this.data.story("Debate — «la reforma» 개혁 🗳️", this.data.section("World"),
				this.data.author("Ana Núñez"), Duration.ofHours(1));
		this.commenter = TestData.unique("ana") + "@example.org";
		this.replier = TestData.unique("bea") + "@example.org";
	}

	@AfterEach
	void tearDown() {
		this.actor.clear();
		this.jdbc.update("delete from comment where article_id = ?", this.story.id());
		this.jdbc.update("delete from article where id = ?", this.story.id());
		for (String email : new String[] { this.commenter, this.replier }) {
			this.jdbc.update("delete from mail_outbox where recipient = ?", email);
			this.jdbc.update("delete from newsletter_subscriber where email = ?", email);
		}
		this.clock.reset();
	}

	private SubmittedComment comment(String name, String email, Long parentId, String body) {
		this.clock.advance(Duration.ofSeconds(20));
		return this.comments.submit(new NewComment(this.story.id(), parentId,
				new Commenter(name, email, null, "hash-" + email), body, false, Duration.ofSeconds(30)));
	}

	private int repliesTo(String email) {
		return this.jdbc.queryForObject("select count(*) from mail_outbox where kind = 'reply' and recipient = ?",
				Integer.class, email);
	}

	private void optInAndConfirm(String email) {
		this.subscriptions.requestReplies(email, this.story.id());
		String text = this.jdbc.queryForObject(
				"select text_body from mail_outbox where recipient = ? " + "and kind = 'newsletter-confirmation'",
				String.class, email);
		Matcher matcher = TOKEN.matcher(text);
		assertThat(matcher.find()).isTrue();
		this.subscriptions.confirm(matcher.group(1));
	}

	@Test
	void aConfirmedCommenterHearsOfAVisibleReplyOnlyOnceItIsApproved() {
		Long parent = this.data.approvedComment(this.story, null, "Ana Lopez", "Primer comentario");
		this.jdbc.update("update comment set author_email = ? where id = ?", this.commenter, parent);
		optInAndConfirm(this.commenter);

		SubmittedComment held = comment("Bea Ruiz 비", this.replier, parent, "Estoy de acuerdo — “totalmente”.");
		assertThat(held.isVisibleToAll()).isFalse();
		assertThat(repliesTo(this.commenter)).isZero();

		this.actor.actAs(103L, "Edna Editor", Role.EDITOR);
		this.moderation.apply(ModerationAction.APPROVE, held.id());
		assertThat(repliesTo(this.commenter)).isEqualTo(1);
		String mail = this.jdbc.queryForObject("select text_body || html_body || unsubscribe_url from mail_outbox "
				+ "where kind = 'reply' and recipient = ?", String.class, this.commenter);
		assertThat(mail).contains("Bea Ruiz 비")
			.contains("«la reforma» 개혁")
			.contains("#comment-" + held.id())
			.contains("list=replies%3A" + this.story.id())
			.contains("list=replies%3Aall")
			.doesNotContain(this.replier);

		SubmittedComment spam = comment("Bea Ruiz 비", this.replier, parent, "Otra respuesta de Bea.");
		if (spam.isVisibleToAll()) {
			assertThat(repliesTo(this.commenter)).isEqualTo(2);
		}
		this.moderation.apply(ModerationAction.SPAM, spam.id());
		int beforeOwn = repliesTo(this.commenter);
		SubmittedComment own = comment("Ana Lopez", this.commenter, parent, "Respondo a mi propio comentario.");
		assertThat(this.jdbc.queryForObject("select status from comment where id = ?", String.class, own.id()))
			.isEqualTo(CommentStatus.APPROVED.name());
		assertThat(repliesTo(this.commenter)).isEqualTo(beforeOwn);
		int before = beforeOwn;

		this.subscriptions.unsubscribe(
				this.subscriptions.manageToken(this.jdbc.queryForObject(
						"select id from newsletter_subscriber where email = ?", Long.class, this.commenter)),
				NewsletterList.ALL_REPLIES);
		comment("Bea Ruiz 비", this.replier, parent, "Una tercera respuesta.");
		assertThat(repliesTo(this.commenter)).isEqualTo(before);
	}

	@Test
	void aReplyListWhoseStoryIsGoneKeepsAGenericName() {
		optInAndConfirm(this.commenter);
		long id = this.jdbc.queryForObject("select id from newsletter_subscriber where email = ?", Long.class,
				this.commenter);
		assertThat(this.subscriptions.manage(this.subscriptions.manageToken(id)).lists()).singleElement()
			.satisfies((entry) -> assertThat(entry.list().messageKey()).isEqualTo("newsletter.list.replies"));
		this.jdbc.update("delete from comment where article_id = ?", this.story.id());
		this.jdbc.update("delete from article where id = ?", this.story.id());
		assertThat(this.subscriptions.manage(this.subscriptions.manageToken(id)).lists()).singleElement()
			.satisfies((entry) -> {
				assertThat(entry.list().key()).isEqualTo("replies:" + this.story.id());
				assertThat(entry.list().sectionName()).isNull();
				assertThat(entry.list().messageKey()).isEqualTo("newsletter.list.replies-gone");
			});
	}

	@Test
	void listNamesAreResolvedTogether() {
		news.dateline.section.SectionView section = this.data.section("세계 — «Mundo»");
		String author = this.data.author("Ji-woo Kim 김지우");
		java.util.Map<String, NewsletterList> lists = this.subscriptions.lists(java.util.List.of(NewsletterList.DAILY,
				NewsletterList.BREAKING, "section:" + section.slug(), "section:no-such-section", "author:" + author,
				"replies:" + this.story.id(), "replies:999999999", NewsletterList.ALL_REPLIES));
		assertThat(lists.get(NewsletterList.DAILY).sectionName()).isNull();
		assertThat(lists.get(NewsletterList.BREAKING).sectionName()).isNull();
		assertThat(lists.get("section:" + section.slug()).sectionName()).isEqualTo("세계 — «Mundo»");
		assertThat(lists.get("section:no-such-section").sectionName()).isNull();
		assertThat(lists.get("author:" + author).sectionName()).isEqualTo("Ji-woo Kim 김지우");
		assertThat(lists.get("replies:" + this.story.id()).sectionName()).isEqualTo("Debate — «la reforma» 개혁 🗳️");
		assertThat(lists.get("replies:999999999").messageKey()).isEqualTo("newsletter.list.replies-gone");
		assertThat(lists.get(NewsletterList.ALL_REPLIES).key()).isEqualTo(NewsletterList.ALL_REPLIES);
		for (String key : lists.keySet()) {
			if (!key.equals(NewsletterList.ALL_REPLIES)) {
				assertThat(lists.get(key)).isEqualTo(this.subscriptions.list(key));
			}
		}
	}

	@Test
	void anUnconfirmedOptInGetsNothingButTheConfirmation() {
		Long parent = this.data.approvedComment(this.story, null, "Ana Lopez", "Primer comentario");
		this.jdbc.update("update comment set author_email = ? where id = ?", this.commenter, parent);
		this.subscriptions.requestReplies(this.commenter, this.story.id());
		this.actor.actAs(103L, "Edna Editor", Role.EDITOR);
		SubmittedComment reply = comment("Bea Ruiz", this.replier, parent, "Hola.");
		this.moderation.apply(ModerationAction.APPROVE, reply.id());
		assertThat(repliesTo(this.commenter)).isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from mail_outbox where recipient = ?", Integer.class,
				this.commenter))
			.isEqualTo(1);
	}

}
