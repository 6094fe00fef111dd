package news.dateline.system;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharacterFilterTests {

	@Test
	void removesNulAndOtherControlCharactersButKeepsLineBreaksAndTabs() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/articles/x/comments");
		request.addParameter("comment", "a\u0000b\u0007c\td\r\ne\u007f");
		request.addParameter("tags", "one", "t\u0000wo");
		AtomicReference<ServletRequest> seen = new AtomicReference<>();
		new ControlCharacterFilter().doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));
		assertThat(seen.get().getParameter("comment")).isEqualTo("abc\td\r\ne");
		assertThat(seen.get().getParameterValues("tags")).containsExactly("one", "two");
		assertThat(seen.get().getParameterMap().get("comment")).containsExactly("abc\td\r\ne");
	}

}
