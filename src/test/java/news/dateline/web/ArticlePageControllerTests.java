package news.dateline.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleNotFoundException;
import news.dateline.comment.CommentThread;
import news.dateline.comment.CommentView;
import news.dateline.system.Signer;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class ArticlePageControllerTests extends WebSliceTests {

	@org.springframework.beans.factory.annotation.Autowired
	Signer signer;

	private CommentView comment(long id, String name, String body, boolean held) {
		return new CommentView(id, null, 1, name, null, Instant.parse("2026-06-20T08:00:00Z"),
				CommentView.paragraphs(body), held, List.of());
	}

	@Test
	void showsTheStoryWithDatelineSourceLineAuthorBoxAndReplyForm() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(status().isOk())
			.andExpect(view().name("articles/show"))
			.andExpect(header().string("Cache-Control", CachePolicy.PUBLIC))
			.andExpect(content().string(allOf(containsString("<h1 class=\"story__headline\">Military agreement"),
					containsString("<span class=\"dateline\">SEOUL.-</span> South Korea"),
					containsString("With information from AP"), containsString("Tarun Kumar"),
					containsString("I specialize in topics like news, showbiz, technology, travel, food and more."),
					containsString("Leave a Reply"), containsString("Your email address will not be published."),
					containsString("Required fields are marked *"),
					containsString("Save my name, email, and website in this browser for the next time I comment."),
					containsString("<link rel=\"canonical\" href=\"http://localhost:8080/articles/" + SLUG + "\">"),
					containsString("datetime=\"2026-06-20T08:00:00.123Z\""), not(containsString("_csrf")))));
	}

	@Test
	void answersOldOrWronglyCasedSlugWithPermanentRedirect() throws Exception {
		given(this.articles.lookup("Old-Slug")).willReturn(new ArticleLookup.MovedTo(SLUG));
		this.mvc.perform(get("/articles/Old-Slug"))
			.andExpect(status().isMovedPermanently())
			.andExpect(header().string("Location", "/articles/" + SLUG));
	}

	@Test
	void answersUnknownStoryWithTheSiteNotFoundPage() throws Exception {
		given(this.articles.lookup("nope")).willThrow(new ArticleNotFoundException("nope"));
		this.mvc.perform(get("/articles/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(allOf(containsString("Page not found"), containsString("Dateline"),
					not(containsString("Exception")), not(containsString("article nope")))));
	}

	@Test
	void showsClosedMessageInsteadOfTheFormWhenCommentsAreClosed() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(false)));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(content()
				.string(allOf(containsString("Comments are closed."), not(containsString("id=\"commentform\"")))));
	}

	@Test
	void escapesCommentTextAndMarksLinksNofollowUgc() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(new CommentThread(1,
				List.of(comment(5, "<b>Mallory</b>", "<script>alert(1)</script> see https://example.org/x", false))));
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(content().string(allOf(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
					containsString("&lt;b&gt;Mallory&lt;/b&gt;"), not(containsString("<script>alert")),
					containsString("href=\"https://example.org/x\" rel=\"nofollow ugc\""),
					containsString("id=\"comment-5\""), containsString("1 comment"))));
	}

	@Test
	void prefillsReplyTargetWithoutJavaScriptAndKeepsThePagePrivate() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection()))
			.willReturn(new CommentThread(1, List.of(comment(5, "Mina Park", "Hello", false))));
		this.mvc.perform(get("/articles/" + SLUG).param("replytocom", "5"))
			.andExpect(content().string(containsString("name=\"parentId\" value=\"5\"")))
			.andExpect(header().string("Cache-Control", CachePolicy.PERSONAL))
			.andExpect(content().string(allOf(containsString("Reply to Mina Park"), containsString("Cancel reply"))));
	}

	@Test
	void showsTheCommenterTheirOwnHeldCommentFromTheSignedCookie() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection()))
			.willReturn(new CommentThread(0, List.of(comment(77, "Mina Park", "Waiting", true))));
		String held = "77." + this.signer.sign("held:77") + "|78.forged";
		this.mvc.perform(get("/articles/" + SLUG).cookie(new Cookie(CommenterCookie.HELD, held)))
			.andExpect(header().string("Cache-Control", CachePolicy.PERSONAL))
			.andExpect(content().string(containsString("Your comment is awaiting moderation.")));
		verify(this.comments).thread(42L, Set.of(77L));
	}

	@Test
	void prefillsTheFormFromTheSavedCommenterCookie() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		given(this.comments.thread(eq(42L), anyCollection())).willReturn(emptyThread());
		String saved = java.util.Base64.getUrlEncoder()
			.encodeToString("Mina Park\nmina@example.com\nhttps://example.org".getBytes());
		this.mvc.perform(get("/articles/" + SLUG).cookie(new Cookie(CommenterCookie.SAVED, saved)))
			.andExpect(header().string("Cache-Control", CachePolicy.PERSONAL))
			.andExpect(content().string(allOf(containsString("value=\"Mina Park\""),
					containsString("value=\"mina@example.com\""), containsString("checked=\"checked\""))));
	}

	@Test
	void marksAStaffReplyWithABadge() throws Exception {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
		CommentView reader = comment(1L, "Mina Park", "Who signed it?", false);
		CommentView staff = new CommentView(2L, 1L, 2, "Newsroom Editor", null, Instant.parse("2026-06-20T08:10:00Z"),
				CommentView.paragraphs("The defence ministers."), false, List.of(), true);
		given(this.comments.thread(eq(42L), anyCollection()))
			.willReturn(new CommentThread(2, List.of(new CommentView(1L, null, 1, reader.authorName(), null,
					reader.createdAt(), reader.paragraphs(), false, List.of(staff)))));
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(content().string(allOf(containsString("comment--staff"),
					containsString("<span class=\"comment__staff\">Staff</span>"))));
	}

}
