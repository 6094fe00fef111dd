package news.dateline.system;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import news.dateline.support.ApplicationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rate limits from application.properties are installed in front of the application:
 * the eleventh sign-in attempt in a minute from one address is answered 429 with
 * Retry-After.
 */
@ApplicationTest
class RateLimitWiringTests {

	@Autowired
	MockMvc mvc;

	@Test
	void limitsSignInAttemptsPerClientAddress() throws Exception {
		RequestPostProcessor client = (request) -> {
			request.setRemoteAddr("203.0.113.77");
			return request;
		};
		for (int i = 0; i < 10; i++) {
			this.mvc.perform(post("/admin/login").with(client))
				.andExpect(status().is4xxClientError())
				.andExpect(header().doesNotExist("Retry-After"));
		}
		this.mvc.perform(post("/admin/login").with(client))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", containsString("")));
	}

}
