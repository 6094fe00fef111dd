package news.dateline.web;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

import news.dateline.system.ContentKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content keys as response headers for the HTTP cache in front, within what a header
 * line holds.
 */
class EdgeKeyHeadersTests {

	@Test
	void namesTheKeysInXkeyAndSurrogateKey() {
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("Cache-Control", CachePolicy.PUBLIC);
		PublicPageFilter.sendKeys(response, new LinkedHashSet<>(
				java.util.List.of(ContentKeys.article(12), ContentKeys.name("author", "김지우"), ContentKeys.NAV)));
		assertThat(response.getHeader("xkey")).isEqualTo("article:12 name:author:%EA%B9%80%EC%A7%80%EC%9A%B0 nav");
		assertThat(response.getHeader("Surrogate-Key")).isEqualTo(response.getHeader("xkey"));
		assertThat(response.getHeader("Cache-Control")).contains("s-maxage=300");
	}

	@Test
	void aFrontPageWithTooManyKeysForOneHeaderIsNotKeptAtTheEdge() {
		Set<String> keys = new LinkedHashSet<>();
		for (long id = 100_000; keys.size() < 1_000; id++) {
			keys.add(ContentKeys.card(id));
			keys.add(ContentKeys.comments(id));
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		response.setHeader("Cache-Control", CachePolicy.PUBLIC);
		PublicPageFilter.sendKeys(response, keys);
		assertThat(response.getHeader("xkey")).isNull();
		assertThat(response.getHeader("Surrogate-Key")).isNull();
		assertThat(response.getHeader("Cache-Control")).contains("s-maxage=0").doesNotContain("s-maxage=300");
	}

}
