package news.dateline.system;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A reader who leaves while an answer is being written (an event stream's heartbeat finds
 * the connection gone) is no error in the log, and gets no error page written into a
 * connection that is gone; anything else unexpected still is.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReaderLeftLoggingTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Writing())
		.setControllerAdvice(new GlobalControllerAdvice())
		.build();

	@Test
	void aReaderWhoLeftIsNotAnError(CapturedOutput output) throws Exception {
		var left = this.mvc.perform(get("/left")).andReturn();
		assertThat(left.getModelAndView()).isNull();
		assertThat(output.getAll()).doesNotContain("Unexpected failure").doesNotContain("ERROR");

		var broken = this.mvc.perform(get("/broken")).andReturn();
		assertThat(broken.getResponse().getStatus()).isEqualTo(500);
		assertThat(output.getAll()).contains("Unexpected failure");
	}

	@RestController
	static class Writing {

		@GetMapping("/left")
		String left() throws AsyncRequestNotUsableException {
			throw new AsyncRequestNotUsableException("Broken pipe — el lector se fue 🚪");
		}

		@GetMapping("/broken")
		String broken() {
			throw new IllegalStateException("Something of Dateline's own went wrong");
		}

	}

}
