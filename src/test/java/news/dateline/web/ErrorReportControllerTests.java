package news.dateline.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.test.context.support.WithMockUser;

import news.dateline.article.ArticleLookup;
import news.dateline.report.ErrorReportView;
import news.dateline.report.NewErrorReport;
import news.dateline.report.ReportStatus;
import news.dateline.system.TooManyRequestsException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ErrorReportControllerTests extends WebSliceTests {

	private static final String URL = "/articles/" + SLUG + "/report";

	@BeforeEach
	void story() {
		given(this.articles.lookup(SLUG)).willReturn(new ArticleLookup.Found(sampleArticle(true)));
	}

	private String agedToken() {
		String token = this.tokens.issue(CommentFormToken.REPORT, 42L);
		this.clock.advance(Duration.ofSeconds(20));
		return token;
	}

	@Test
	void showsAShortFormWithTokenAndHoneypotAndKeepsItPrivate() throws Exception {
		this.mvc.perform(get(URL))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", CachePolicy.PERSONAL))
			.andExpect(content().string(allOf(containsString("Report an error"), containsString("What is wrong?"),
					containsString("Your email address (optional"), containsString("name=\"homepage\""),
					containsString("name=\"token\" value=\"42."), containsString("action=\"" + URL + "\""))));
	}

	@Test
	void takesAReportAndThanksTheReader() throws Exception {
		given(this.errorReports.submit(any())).willReturn(ReportStatus.OPEN);
		this.mvc
			.perform(post(URL).param("message", "The date is wrong: it was Wednesday.")
				.param("email", "reader@example.com")
				.param("token", agedToken())
				.param("homepage", ""))
			.andExpect(redirectedUrl(URL + "?sent"));
		ArgumentCaptor<NewErrorReport> sent = ArgumentCaptor.forClass(NewErrorReport.class);
		verify(this.errorReports).submit(sent.capture());
		assertThat(sent.getValue().articleId()).isEqualTo(42L);
		assertThat(sent.getValue().message()).isEqualTo("The date is wrong: it was Wednesday.");
		assertThat(sent.getValue().honeypotFilled()).isFalse();
		assertThat(sent.getValue().timeOnPage()).isEqualTo(Duration.ofSeconds(20));
		this.mvc.perform(get(URL).param("sent", ""))
			.andExpect(content().string(containsString("Your report has reached the editors")));
	}

	@Test
	void takesAReportWithTheOptionalEmailLeftEmpty() throws Exception {
		for (String email : new String[] { "", "  " }) {
			this.mvc
				.perform(post(URL).param("message", "The headline says 21 million — it was 2.1 million.")
					.param("email", email)
					.param("token", agedToken())
					.param("homepage", ""))
				.andExpect(redirectedUrl(URL + "?sent"));
		}
		ArgumentCaptor<NewErrorReport> sent = ArgumentCaptor.forClass(NewErrorReport.class);
		verify(this.errorReports, times(2)).submit(sent.capture());
		assertThat(sent.getAllValues()).allSatisfy((report) -> assertThat(report.email()).isEmpty());
	}

	@Test
	void tellsTheReaderWhatToFixAndKeepsTheirText() throws Exception {
		this.mvc.perform(post(URL).param("message", " ").param("email", "not-an-address").param("token", agedToken()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Please tell us what is wrong."),
					containsString("Please enter a valid email address"), containsString("value=\"not-an-address\""))));
		verify(this.errorReports, never()).submit(any());
	}

	@Test
	void refusesAMissingOrCommentFormToken() throws Exception {
		String commentToken = this.tokens.issue(42L);
		this.mvc.perform(post(URL).param("message", "Wrong name").param("token", commentToken))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("This form has expired")));
		verify(this.errorReports, never()).submit(any());
	}

	@Test
	void passesTheHoneypotOnAndAnswersAFloodWith429() throws Exception {
		given(this.errorReports.submit(any())).willThrow(new TooManyRequestsException("flood", Duration.ofSeconds(15)));
		this.mvc
			.perform(post(URL).param("message", "Wrong").param("token", agedToken()).param("homepage", "http://spam"))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "15"));
		ArgumentCaptor<NewErrorReport> sent = ArgumentCaptor.forClass(NewErrorReport.class);
		verify(this.errorReports).submit(sent.capture());
		assertThat(sent.getValue().honeypotFilled()).isTrue();
	}

	@Test
	void refusesAFormSentFromAnotherSite() throws Exception {
		this.mvc.perform(
				post(URL).header("Origin", "https://evil.example").param("message", "x").param("token", agedToken()))
			.andExpect(status().isForbidden());
		verify(this.errorReports, never()).submit(any());
	}

	@Test
	void articlePageLinksToTheForm() throws Exception {
		given(this.comments.thread(any(), any())).willReturn(emptyThread());
		this.mvc.perform(get("/articles/" + SLUG))
			.andExpect(
					content().string(containsString("<a rel=\"nofollow\" href=\"" + URL + "\">Report an error</a>")));
	}

	@Test
	@WithMockUser(roles = "EDITOR")
	void editorsSeeTheOpenReports() throws Exception {
		given(this.errorReports.openReports(any(Integer.class)))
			.willReturn(List.of(new ErrorReportView(1L, 42L, "Pact <alarms>", SLUG, "Wrong <b>date</b>",
					"reader@example.com", Instant.parse("2026-06-20T08:00:00Z"))));
		this.mvc.perform(get("/admin/reports"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", CachePolicy.PERSONAL))
			.andExpect(content().string(allOf(containsString("Wrong &lt;b&gt;date&lt;/b&gt;"),
					containsString("Pact &lt;alarms&gt;"), containsString("mailto:reader@example.com"))));
	}

	@Test
	void readersCannotSeeTheReports() throws Exception {
		this.mvc.perform(get("/admin/reports"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/admin/login")));
		verify(this.errorReports, never()).openReports(any(Integer.class));
	}

}
