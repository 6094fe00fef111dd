package news.dateline.system;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTests {

	private final MutableClock clock = new MutableClock();

	private final RateLimitFilter filter = new RateLimitFilter(
			new RateLimitProperties(true, Map.of("comments",
					new RateLimitProperties.Rule("POST", "/articles/{slug}/comments", 3, Duration.ofMinutes(1)))),
			this.clock);

	private MockHttpServletResponse send(String method, String path, String address) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(address);
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	@Test
	void answersTooManyRequestsWithRetryAfterOnceTheClientUsedItsAllowance() throws Exception {
		for (int i = 0; i < 3; i++) {
			assertThat(send("POST", "/articles/a/comments", "10.0.0.1").getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = send("POST", "/articles/b/comments", "10.0.0.1");
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 20L);
	}

	@Test
	void countsEachClientSeparately() throws Exception {
		for (int i = 0; i < 3; i++) {
			send("POST", "/articles/a/comments", "10.0.0.1");
		}
		assertThat(send("POST", "/articles/a/comments", "10.0.0.2").getStatus()).isEqualTo(200);
	}

	@Test
	void refillsAsTimePasses() throws Exception {
		for (int i = 0; i < 3; i++) {
			send("POST", "/articles/a/comments", "10.0.0.1");
		}
		this.clock.advance(Duration.ofSeconds(21));
		assertThat(send("POST", "/articles/a/comments", "10.0.0.1").getStatus()).isEqualTo(200);
	}

	@Test
	void leavesOtherRequestsAlone() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(send("GET", "/articles/a", "10.0.0.1").getStatus()).isEqualTo(200);
			assertThat(send("GET", "/articles/a/comments", "10.0.0.1").getStatus()).isEqualTo(200);
		}
	}

}
