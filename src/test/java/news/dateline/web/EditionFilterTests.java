package news.dateline.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import news.dateline.system.Edition;
import news.dateline.system.EditionSettings;
import news.dateline.system.Editions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The edition filter passes an edition's page on as if Dateline were deployed at the
 * edition's prefix, and gives links to anything else their plain path.
 */
class EditionFilterTests {

	private final EditionFilter filter = new EditionFilter(
			new Editions(new EditionSettings(List.of("en", "es"), "en", Map.of())));

	private HttpServletRequest seen;

	private HttpServletResponse seenResponse;

	private void serve(MockHttpServletRequest request) throws Exception {
		this.filter.doFilter(request, new MockHttpServletResponse(),
				(req, res) -> new EditionFilter.LinkFilter().doFilter(req, res, (linkedRequest, linkedResponse) -> {
					this.seen = (HttpServletRequest) linkedRequest;
					this.seenResponse = (HttpServletResponse) linkedResponse;
				}));
	}

	@Test
	void anEditionsPageIsServedAsIfDeployedAtItsPrefix() throws Exception {
		serve(new MockHttpServletRequest("GET", "/es/articles/el-pacto-alarma-a-seúl"));
		assertThat(this.seen.getContextPath()).isEqualTo("/es");
		assertThat(this.seen.getServletPath()).isEqualTo("/articles/el-pacto-alarma-a-seúl");
		assertThat(this.seen.getRequestURI()).isEqualTo("/es/articles/el-pacto-alarma-a-seúl");
		assertThat(((Edition) this.seen.getAttribute(Edition.ATTRIBUTE)).code()).isEqualTo("es");
		assertThat(this.seenResponse.encodeURL("/es/sections/mundo")).isEqualTo("/es/sections/mundo");
		assertThat(this.seenResponse.encodeURL("/es/")).isEqualTo("/es");
		assertThat(this.seenResponse.encodeURL("/es/?page=2")).isEqualTo("/es?page=2");
		assertThat(this.seenResponse.encodeURL("/es/css/site-0a1b.css")).isEqualTo("/css/site-0a1b.css");
		assertThat(this.seenResponse.encodeURL("/es/live/42/events")).isEqualTo("/live/42/events");
		assertThat(this.seenResponse.encodeRedirectURL("/es/articles/x#comment-7"))
			.isEqualTo("/es/articles/x#comment-7");
		assertThat(this.seenResponse.encodeURL("https://example.org/es/x")).isEqualTo("https://example.org/es/x");
	}

	@Test
	void theEditionsHomeIsItsPrefix() throws Exception {
		serve(new MockHttpServletRequest("GET", "/es"));
		assertThat(this.seen.getContextPath()).isEqualTo("/es");
		assertThat(this.seen.getServletPath()).isEqualTo("/");
	}

	@Test
	void theDefaultEditionAndWhatIsNotAnEditionPageArePassedOnUnchanged() throws Exception {
		MockHttpServletRequest english = new MockHttpServletRequest("GET", "/articles/pact");
		serve(english);
		assertThat(this.seen).isSameAs(english);
		assertThat(((Edition) english.getAttribute(Edition.ATTRIBUTE)).code()).isEqualTo("en");
		MockHttpServletRequest admin = new MockHttpServletRequest("GET", "/es/admin/articles");
		serve(admin);
		assertThat(this.seen).as("no page: 404").isSameAs(admin);
		assertThat(this.seen.getContextPath()).isEmpty();
	}

}
