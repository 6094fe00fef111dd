package news.dateline.web;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class NotReadyNoStoreFilterTests {

	private final NotReadyNoStoreFilter filter = new NotReadyNoStoreFilter();

	/** A public page, as the home page's controller answers it. */
	private final HttpServlet frontPage = new HttpServlet() {

		@Override
		protected void doGet(HttpServletRequest request, HttpServletResponse response) {
			CachePolicy.apply(response, false);
			response.addHeader("Cache-Control", "s-maxage=60");
		}

	};

	private MockHttpServletResponse get() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain(this.frontPage));
		return response;
	}

	private void readiness(ReadinessState state) {
		this.filter.readinessChanged(new AvailabilityChangeEvent<>(this, state));
	}

	@Test
	void pagesAreNotStoredBeforeTheSiteIsReady() throws Exception {
		assertThat(get().getHeaders("Cache-Control")).containsExactly("no-store");
		readiness(ReadinessState.REFUSING_TRAFFIC);
		assertThat(get().getHeaders("Cache-Control")).containsExactly("no-store");
	}

	@Test
	void pagesKeepTheirOwnCachingOnceReady() throws Exception {
		readiness(ReadinessState.ACCEPTING_TRAFFIC);
		assertThat(get().getHeaders("Cache-Control")).containsExactly(CachePolicy.PUBLIC, "s-maxage=60");
	}

	@Test
	void pagesAreNotStoredAgainWhileTheSiteShutsDown() throws Exception {
		readiness(ReadinessState.ACCEPTING_TRAFFIC);
		readiness(ReadinessState.REFUSING_TRAFFIC);
		assertThat(get().getHeaders("Cache-Control")).containsExactly("no-store");
	}

}
