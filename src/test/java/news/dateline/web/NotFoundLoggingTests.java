package news.dateline.web;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A scan of unknown addresses leaves no WARN line per request, only a count operators can
 * watch.
 */
@DatabaseTest
@ExtendWith(OutputCaptureExtension.class)
class NotFoundLoggingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	MeterRegistry registry;

	private double notFound() {
		return this.registry.get(LegacyRedirects.NOT_FOUND).counter().count();
	}

	@Test
	void unknownAddressesAreCountedNotLoggedAsWarnings(CapturedOutput output) throws Exception {
		double before = notFound();
		for (String path : new String[] { "/wp-login.php", "/.env", "/no/such/page", "/2019/01/01/never-here/" }) {
			this.mvc.perform(get(path)).andExpect(status().isNotFound());
		}
		assertThat(notFound() - before).isEqualTo(4);
		assertThat(output.getAll()).doesNotContain("wp-login.php").doesNotContain("No mapping for");
	}

}
