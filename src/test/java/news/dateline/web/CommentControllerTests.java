package news.dateline.web;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.article.ArticleLookup;
import news.dateline.comment.CommentRejectedException;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.CommentsClosedException;
import news.dateline.comment.NewComment;
import news.dateline.comment.SubmittedComment;
import news.dateline.system.TooManyRequestsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class CommentControllerTests extends WebSliceTests {

	String token;

	@BeforeEach
	void setUp() {
		this.token = this.tokens.issue(42L);
		this.clock.advance(Duration.ofSeconds(40));
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
	}

	private MockHttpServletRequestBuilder form(String comment, String author, String email, String url) {
		return post("/articles/" + SLUG + "/comments").param("comment", comment)
			.param("author", author)
			.param("email", email)
			.param("url", url)
			.param("token", this.token)
			.param("homepage", "");
	}

	private ResultActions expectFieldError(MockHttpServletRequestBuilder request, String field, String message)
			throws Exception {
		ResultActions result = this.mvc.perform(request)
			.andExpect(status().isUnprocessableContent())
			.andExpect(view().name("articles/show"))
			.andExpect(model().attributeHasFieldErrors("replyForm", field))
			.andExpect(content().string(containsString(message)))
			.andExpect(content().string(containsString("id=\"" + field + "-error\"")));
		verify(this.comments, never()).submit(any());
		return result;
	}

	@Test
	void aCommentOnAnEditionsStoryGoesBackToItInThatEdition() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(502L, CommentStatus.APPROVED, SLUG));
		this.mvc
			.perform(post("/es/articles/" + SLUG + "/comments").param("comment", "«Muy buen análisis» — ¡gracias!")
				.param("author", "José Ñúñez")
				.param("email", "jose@example.org")
				.param("url", "")
				.param("token", this.token)
				.param("homepage", ""))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/es/articles/" + SLUG + "#comment-502"));
	}

	@Test
	void storesCommentAndRedirectsToItsAnchor() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(501L, CommentStatus.APPROVED, SLUG));
		this.mvc.perform(form("A fair point.", "Mina Park", "Mina@Example.com", "https://example.org"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/articles/" + SLUG + "#comment-501"));
		ArgumentCaptor<NewComment> captor = ArgumentCaptor.forClass(NewComment.class);
		verify(this.comments).submit(captor.capture());
		NewComment sent = captor.getValue();
		assertThat(sent.articleId()).isEqualTo(42L);
		assertThat(sent.commenter().email()).isEqualTo("mina@example.com");
		assertThat(sent.commenter().ipHash()).hasSize(32).doesNotContain("127.0.0.1");
		assertThat(sent.timeOnPage()).isEqualTo(Duration.ofSeconds(40));
		assertThat(sent.honeypotFilled()).isFalse();
	}

	@Test
	void remembersHeldCommentInASignedCookieForItsAuthor() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(502L, CommentStatus.PENDING, SLUG));
		this.mvc.perform(form("First time here.", "New Reader", "new@example.com", ""))
			.andExpect(status().isFound())
			.andExpect(header().stringValues("Set-Cookie", hasItem(startsWith(CommenterCookie.HELD + "=502."))));
	}

	@Test
	void savesNameEmailAndWebsiteOnlyWithConsent() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(503L, CommentStatus.APPROVED, SLUG));
		this.mvc.perform(form("Hello", "Mina Park", "mina@example.com", "").param("remember", "true"))
			.andExpect(header().stringValues("Set-Cookie",
					hasItem(allOf(startsWith(CommenterCookie.SAVED + "="), containsString("HttpOnly")))));
		this.mvc.perform(form("Hello again", "Mina Park", "mina@example.com", ""))
			.andExpect(header().stringValues("Set-Cookie",
					hasItem(allOf(startsWith(CommenterCookie.SAVED + "=;"), containsString("Max-Age=0")))));
	}

	@Test
	void marksCookiesSecureWhenTheRequestCameOverHttps() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(505L, CommentStatus.PENDING, SLUG));
		this.mvc.perform(form("Hello", "Mina Park", "mina@example.com", "").param("remember", "true").secure(true))
			.andExpect(header().stringValues("Set-Cookie",
					hasItem(allOf(startsWith(CommenterCookie.HELD + "="), containsString("Secure")))));
		this.mvc.perform(form("Hello again", "Mina Park", "mina@example.com", ""))
			.andExpect(header().stringValues("Set-Cookie",
					org.hamcrest.Matchers.everyItem(not(containsString("Secure")))));
	}

	@Test
	void passesFilledHoneypotToTheModerationRules() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(504L, CommentStatus.SPAM, SLUG));
		this.mvc.perform(form("Buy now", "Bot", "bot@example.com", "").param("homepage", "http://spam.example"))
			.andExpect(status().isFound());
		ArgumentCaptor<NewComment> captor = ArgumentCaptor.forClass(NewComment.class);
		verify(this.comments).submit(captor.capture());
		assertThat(captor.getValue().honeypotFilled()).isTrue();
	}

	@Test
	void requestsReplyNotificationsForACommentThatIsNotSpam() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(506L, CommentStatus.PENDING, SLUG));
		this.mvc.perform(form("¿Y ahora qué? — «bien»", "Mina Park", "Mina@Example.com", "").param("notify", "true"))
			.andExpect(status().isFound());
		verify(this.subscriptions).requestReplies(any(), eq(42L));
	}

	@Test
	void sendsNoConfirmationMailForASpamFlaggedPostWithNotifyTicked() throws Exception {
		given(this.comments.submit(any())).willReturn(new SubmittedComment(507L, CommentStatus.SPAM, SLUG));
		this.mvc
			.perform(form("Buy now", "Bot", "victim@example.com", "").param("homepage", "http://spam.example")
				.param("notify", "true"))
			.andExpect(status().isFound());
		verify(this.subscriptions, never()).requestReplies(any(), any());
	}

	@Test
	void asksForTheCommentKeepingWhatWasTyped() throws Exception {
		expectFieldError(form("", "Mina Park", "mina@example.com", ""), "comment", "Please type your comment.")
			.andExpect(content().string(containsString("value=\"Mina Park\"")));
	}

	@Test
	void asksForTheName() throws Exception {
		expectFieldError(form("Text", " ", "mina@example.com", ""), "author", "Please enter your name.");
	}

	@Test
	void asksForTheEmail() throws Exception {
		expectFieldError(form("Text", "Mina", "", ""), "email", "Please enter your email address.");
	}

	@Test
	void refusesMalformedEmail() throws Exception {
		expectFieldError(form("Text", "Mina", "mina@localhost", ""), "email", "Please enter a valid email address");
	}

	@Test
	void refusesMalformedWebsite() throws Exception {
		expectFieldError(form("Text", "Mina", "mina@example.com", "javascript:alert(1)"), "url",
				"Please enter a full website address");
	}

	@Test
	void refusesNameLongerThan245Characters() throws Exception {
		expectFieldError(form("Text", "n".repeat(246), "mina@example.com", ""), "author", "at most 245 characters");
	}

	@Test
	void refusesEmailLongerThan100Characters() throws Exception {
		expectFieldError(form("Text", "Mina", "m".repeat(90) + "@example.com", ""), "email", "at most 100 characters");
	}

	@Test
	void refusesWebsiteLongerThan200Characters() throws Exception {
		expectFieldError(form("Text", "Mina", "mina@example.com", "https://example.org/" + "p".repeat(190)), "url",
				"at most 200 characters");
	}

	@Test
	void refusesCommentLongerThan65525Characters() throws Exception {
		expectFieldError(form("c".repeat(65526), "Mina", "mina@example.com", ""), "comment",
				"at most 65,525 characters");
	}

	@Test
	void refusesMalformedParentIdBesideTheForm() throws Exception {
		this.mvc.perform(form("Text", "Mina", "mina@example.com", "").param("parentId", "abc"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("replyForm", "parentId"));
	}

	@Test
	void asksToSendAgainWhenTheFormTokenIsForgedOrExpired() throws Exception {
		this.mvc.perform(form("Text", "Mina", "mina@example.com", "").param("token", "42.1.forged"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("This form has expired.")))
			.andExpect(content().string(containsString(">Text</textarea>")));
		verify(this.comments, never()).submit(any());
	}

	@Test
	void explainsDuplicateBesideTheComment() throws Exception {
		given(this.comments.submit(any()))
			.willThrow(new CommentRejectedException("comment", "comment.error.duplicate"));
		expectDuplicate();
	}

	private void expectDuplicate() throws Exception {
		this.mvc.perform(form("Same", "Mina", "mina@example.com", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(model().attributeHasFieldErrors("replyForm", "comment"))
			.andExpect(content().string(containsString("Duplicate comment detected")));
	}

	@Test
	void answersFloodWith429AndRetryAfter() throws Exception {
		given(this.comments.submit(any())).willThrow(new TooManyRequestsException("flood", Duration.ofSeconds(15)));
		this.mvc.perform(form("Again", "Mina", "mina@example.com", ""))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "15"))
			.andExpect(content().string(allOf(containsString("Please slow down"),
					containsString("Please wait 15 seconds"), not(containsString("Exception")))));
	}

	@Test
	void refusesPostsWhenCommentsAreClosed() throws Exception {
		given(this.comments.submit(any())).willThrow(new CommentsClosedException(42L));
		this.mvc.perform(form("Late", "Mina", "mina@example.com", ""))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Comments are closed.")));
	}

	@Test
	void refusesFormSentFromAnotherSite() throws Exception {
		this.mvc.perform(form("Forged", "Mina", "mina@example.com", "").header("Origin", "https://evil.example"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("sent from another website")));
		this.mvc.perform(form("Forged", "Mina", "mina@example.com", "").header("Sec-Fetch-Site", "cross-site"))
			.andExpect(status().isForbidden());
		verify(this.comments, never()).submit(any());
	}

}
