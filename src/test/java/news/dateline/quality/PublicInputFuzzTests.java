package news.dateline.quality;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every public form field and query parameter gets hostile input (injection, markup,
 * template and path payloads, wrong types, over-long, control characters, random text):
 * no answer is a 5xx, none shows a stack trace or SQL, no payload comes back unescaped,
 * and the data already stored stays as it was.
 */
@DatabaseTest
class PublicInputFuzzTests {

	static final List<String> PAYLOADS = List.of("' OR '1'='1' --", "1; drop table article; --",
			"\" onmouseover=\"alert(1)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"javascript:alert(1)", "${7*7}", "[[${T(java.lang.Runtime).getRuntime().exec('id')}]]",
			"__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x", "*{T(java.lang.System).exit(0)}",
			"../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "%00", "\u0000nul\u0000", "-1",
			"99999999999999999999999", "1e309", "NaN", "[]", "{}", "null", "\uD83D\uDCA9 \u202E reversed",
			"x".repeat(70_000), "\r\nSet-Cookie: evil=1");

	private static final List<String> LEAKS = List.of("Exception", "\tat ", "org.hibernate", "org.springframework",
			"java.lang", "SQL", "jdbc", "Whitelabel", "stack");

	/**
	 * The value of a CSRF or signed form token: random text that may spell "SQL" or
	 * "jdbc" by chance.
	 */
	private static final Pattern TOKEN_VALUE = Pattern.compile("(name=\"(?:_csrf|token)\" value=\")[^\"]*\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	Story story;

	SectionView section;

	String author;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.section = this.data.section("World");
		this.author = this.data.author("Tarun Kumar", "news");
		this.story = this.data.story("Pact alarms Seoul", this.section, this.author, Duration.ofHours(1), "pact");
		this.data.approvedComment(this.story, null, "Mina Park", "Existing comment");
	}

	private List<String> snapshot() {
		return this.jdbc
			.sql("select a.id || '|' || a.slug || '|' || a.headline || '|' || a.version || '|' || a.comment_count"
					+ " from article a order by a.id")
			.query(String.class)
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toCollection(ArrayList::new));
	}

	private List<String> commentsSnapshot() {
		return this.jdbc.sql("select id || '|' || status || '|' || body from comment order by id")
			.query(String.class)
			.list();
	}

	/**
	 * The page without its form tokens' values, which are random and so no sign of a
	 * leak.
	 */
	static String withoutTokens(String body) {
		return TOKEN_VALUE.matcher(body).replaceAll("$1\"");
	}

	private void assertSafe(MockHttpServletRequestBuilder request, String payload) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		String what = request.buildRequest(new org.springframework.mock.web.MockServletContext()).getRequestURI()
				+ " with " + payload.substring(0, Math.min(payload.length(), 40));
		assertThat(status).as(what).isLessThan(500);
		for (String leak : LEAKS) {
			if (!payload.contains(leak)) {
				assertThat(withoutTokens(body)).as(what).doesNotContain(leak);
			}
		}
		if (payload.contains("<") || payload.contains("\"")) {
			assertThat(body).as(what).doesNotContain(payload);
		}
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as(what)
			.noneSatisfy((cookie) -> assertThat(cookie).contains("evil"));
	}

	@Test
	void queryParametersAndPathSegmentsNeverBreakThePages() throws Exception {
		List<String> before = snapshot();
		for (String payload : PAYLOADS) {
			assertSafe(get("/latest").param("before", payload), payload);
			assertSafe(get("/latest").param("after", payload), payload);
			assertSafe(get(this.section.url()).param("before", payload), payload);
			assertSafe(get(this.story.url()).param("replytocom", payload), payload);
			assertSafe(get("/articles/{slug}", payload), payload);
			assertSafe(get("/sections/{slug}", payload), payload);
			assertSafe(get("/authors/{slug}", payload), payload);
			assertSafe(get("/tags/{slug}", payload), payload);
			assertSafe(get("/sources/{slug}", payload), payload);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void everyReplyFormFieldRefusesOrEscapesHostileInput() throws Exception {
		List<String> before = snapshot();
		List<String> comments = commentsSnapshot();
		String[] fields = { "comment", "author", "email", "url", "parentId", "token", "homepage", "remember" };
		for (String payload : PAYLOADS) {
			for (String field : fields) {
				MockHttpServletRequestBuilder request = post(this.story.url() + "/comments")
					.param("comment", "Fine text")
					.param("author", "Reader")
					.param("email", "reader@example.com")
					.param("url", "")
					.param("token", "forged");
				request.param(field, payload);
				assertSafe(request, payload);
			}
		}
		assertThat(snapshot()).isEqualTo(before);
		assertThat(commentsSnapshot()).isEqualTo(comments);
	}

	@Test
	void randomBytesInFormBodiesAreRefusedCleanly() throws Exception {
		Random random = new Random(20261127);
		List<String> comments = commentsSnapshot();
		for (int i = 0; i < 60; i++) {
			byte[] bytes = new byte[random.nextInt(2000) + 1];
			random.nextBytes(bytes);
			assertSafe(post(this.story.url() + "/comments").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(bytes), "random bytes " + i);
		}
		byte[] invalidUtf8 = "comment=%C3%28%FF%FE&author=%ED%A0%80&email=a%00b@example.com&token=x"
			.getBytes(StandardCharsets.US_ASCII);
		assertSafe(post(this.story.url() + "/comments").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content(invalidUtf8), "invalid UTF-8");
		assertThat(commentsSnapshot()).isEqualTo(comments);
	}

}
