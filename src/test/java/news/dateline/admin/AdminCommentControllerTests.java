package news.dateline.admin;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.comment.BlockKind;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.HoldReason;
import news.dateline.comment.ModerationAction;
import news.dateline.comment.ModerationCounts;
import news.dateline.comment.ModerationItem;
import news.dateline.comment.ModerationQueue;
import news.dateline.security.Role;
import news.dateline.system.RuleViolationException;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasToString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminCommentControllerTests extends AdminSliceTests {

	static final ModerationItem HELD = new ModerationItem(31L, 42L, "Pact alarms Seoul", "/articles/pact-alarms-seoul",
			null, "New Reader", "new@example.com", "https://example.org/new", "9f86d081884c7d65",
			"First time here.\n\nHello <b>all</b>.", CommentStatus.PENDING, HoldReason.FIRST_TIME_COMMENTER,
			Instant.parse("2026-06-20T08:30:00Z"), false);

	@BeforeEach
	void setUp() {
		given(this.moderation.counts()).willReturn(new ModerationCounts(1, 20, 3, 0));
		given(this.moderation.queue(eq(CommentStatus.PENDING), any()))
			.willReturn(new ModerationQueue(CommentStatus.PENDING, List.of(HELD), 31L));
		given(this.moderation.get(31L)).willReturn(HELD);
	}

	@Test
	void showsEachHeldCommentWithStorySenderAndReason() throws Exception {
		this.admin.perform(get("/admin/comments").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(
					containsString("<a href=\"/articles/pact-alarms-seoul\">Pact alarms Seoul</a>"),
					containsString("New Reader"), containsString("href=\"mailto:new@example.com\""),
					containsString("https://example.org/new"), containsString("9f86d081884c7d65"),
					containsString("Held: First-time commenter"), containsString("Hello &lt;b&gt;all&lt;/b&gt;."),
					containsString("datetime=\"2026-06-20T08:30:00Z\""), containsString("name=\"ids\" value=\"31\""),
					containsString("formaction=\"/admin/comments/31/approve\""),
					not(containsString("formaction=\"/admin/comments/31/unapprove\"")),
					containsString("href=\"/admin/comments?status=pending&amp;before=31\""))));
	}

	@Test
	void anApprovedCommentNoLongerSaysItIsHeld() throws Exception {
		ModerationItem approved = new ModerationItem(32L, 42L, "Pact alarms Seoul", "/articles/pact-alarms-seoul", null,
				"New Reader", "new@example.com", null, "9f86d081884c7d65", "Now approved.", CommentStatus.APPROVED,
				HoldReason.FIRST_TIME_COMMENTER, Instant.parse("2026-06-20T08:31:00.123456Z"), false);
		given(this.moderation.queue(eq(CommentStatus.APPROVED), any()))
			.willReturn(new ModerationQueue(CommentStatus.APPROVED, List.of(approved), null));
		given(this.moderation.get(32L)).willReturn(approved);
		this.admin.perform(get("/admin/comments?status=approved").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Now approved."), not(containsString("Held:")),
					not(containsString("held-reason")))));
		this.admin.perform(get("/admin/comments/32").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Held at first because"), not(containsString("<dt>Held because</dt>")))));
		this.admin.perform(get("/admin/comments/31").with(as(Role.EDITOR)))
			.andExpect(content().string(containsString("<dt>Held because</dt>")));
	}

	@Test
	void showsTheTabsWithTheirCounts() throws Exception {
		this.admin.perform(get("/admin/comments").with(as(Role.EDITOR)))
			.andExpect(content().string(allOf(containsString("aria-current=\"page\""), containsString("Pending"),
					containsString("<span class=\"count\">20</span>"), containsString("Spam"),
					containsString("href=\"/admin/comments/blocks\""))));
	}

	@Test
	void answersAnUnknownTabOrActionWith400() throws Exception {
		this.admin.perform(get("/admin/comments").param("status", "deleted").with(as(Role.EDITOR)))
			.andExpect(status().isBadRequest());
		this.admin.perform(form(post("/admin/comments/31/destroy"), Role.EDITOR)).andExpect(status().isBadRequest());
	}

	@Test
	void approvesOneCommentAndGoesBackToTheTab() throws Exception {
		given(this.moderation.apply(ModerationAction.APPROVE, 31L)).willReturn(true);
		this.admin.perform(form(post("/admin/comments/31/approve").param("status", "pending"), Role.EDITOR))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/comments?status=pending"))
			.andExpect(flash().attribute("flash", hasToString(containsString("key=moderation.done.approve"))));
		verify(this.moderation).apply(ModerationAction.APPROVE, 31L);
	}

	@Test
	void appliesABulkActionToTheSelection() throws Exception {
		given(this.moderation.apply(ModerationAction.SPAM, List.of(31L, 32L))).willReturn(2);
		this.admin
			.perform(form(post("/admin/comments/bulk").param("ids", "31", "32")
				.param("action", "spam")
				.param("status", "pending"), Role.ADMINISTRATOR))
			.andExpect(redirectedUrl("/admin/comments?status=pending"));
		verify(this.moderation).apply(ModerationAction.SPAM, List.of(31L, 32L));
	}

	@Test
	void asksForASelectionBeforeABulkAction() throws Exception {
		this.admin.perform(form(post("/admin/comments/bulk").param("action", "trash"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/comments?status=pending"))
			.andExpect(
					flash().attribute("flash", hasToString(containsString("key=moderation.error.nothing-selected"))));
		verify(this.moderation, never()).apply(any(), org.mockito.ArgumentMatchers.<List<Long>>any());
	}

	@Test
	void showsTheServicesRefusalOfARoleAsTheAdmin403Page() throws Exception {
		willThrow(new AccessDeniedException("no")).given(this.moderation).apply(any(), anyLong());
		this.admin.perform(form(post("/admin/comments/31/approve"), Role.EDITOR))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Your role does not allow this.")));
	}

	@Test
	void showsACommentWithItsEditReplyAndBlockForms() throws Exception {
		this.admin.perform(get("/admin/comments/31").with(as(Role.EDITOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Comment by New Reader"),
					containsString("<label for=\"body\">Comment text</label>"),
					containsString("<label for=\"reply\">Your reply</label>"), containsString("Reply as staff"),
					containsString("Replying approves this comment"), containsString("value=\"EMAIL\""),
					containsString("value=\"IP_HASH\""))));
	}

	@Test
	void asksForTheTextBesideTheFieldWhenEditing() throws Exception {
		expectFieldError(form(post("/admin/comments/31/edit").param("body", "  "), Role.EDITOR), "editForm", "body",
				"Please type the text.");
		verify(this.moderation, never()).edit(anyLong(), anyString());
	}

	@Test
	void refusesAnOverlongReplyBesideTheField() throws Exception {
		expectFieldError(form(post("/admin/comments/31/reply").param("reply", "r".repeat(65526)), Role.EDITOR),
				"replyForm", "reply", "The reply is too long");
		verify(this.moderation, never()).reply(anyLong(), anyString());
	}

	@Test
	void savesAnEditAndPostsAStaffReply() throws Exception {
		this.admin.perform(form(post("/admin/comments/31/edit").param("body", "Fixed text"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/comments/31"));
		verify(this.moderation).edit(31L, "Fixed text");
		given(this.moderation.reply(31L, "Thanks for reading")).willReturn(77L);
		this.admin.perform(form(post("/admin/comments/31/reply").param("reply", "Thanks for reading"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/comments/77"));
	}

	@Test
	void blocksTheSendersEmail() throws Exception {
		this.admin.perform(form(post("/admin/comments/31/block").param("kind", "EMAIL"), Role.EDITOR))
			.andExpect(redirectedUrl("/admin/comments/31"));
		verify(this.moderation).block(31L, BlockKind.EMAIL);
	}

	@Test
	void explainsARuleThatStopsAnAction() throws Exception {
		willThrow(new RuleViolationException("moderation.error.reply-hidden")).given(this.moderation)
			.reply(eq(31L), anyString());
		this.admin.perform(form(post("/admin/comments/31/reply").param("reply", "Hello"), Role.EDITOR))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Approve it first.")));
	}

}
