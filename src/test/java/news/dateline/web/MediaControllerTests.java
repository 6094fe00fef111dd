package news.dateline.web;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import news.dateline.media.MediaFile;
import news.dateline.media.MediaNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MediaControllerTests extends WebSliceTests {

	static final String KEY = "0123456789abcdef0123456789abcdef";

	@TempDir
	Path dir;

	@Test
	void servesAStoredVariantAsAnImageThatCannotBeSniffedOrScripted() throws Exception {
		Path file = Files.write(this.dir.resolve("800.png"), new byte[] { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 });
		given(this.media.file(KEY, "800.png"))
			.willReturn(new MediaFile(file, "image/png", "harbour-800.png", "\"" + KEY + "-800\""));
		var response = this.mvc.perform(get("/media/" + KEY + "/800.png"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Content-Security-Policy", "default-src 'none'; sandbox"))
			.andExpect(header().string("Content-Disposition", "inline; filename=\"harbour-800.png\""))
			.andExpect(header().string("Cache-Control", containsString("immutable")))
			.andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
			.andExpect(header().string("ETag", "\"" + KEY + "-800\""))
			.andReturn()
			.getResponse();
		assertThat(response.getContentAsByteArray()).isEqualTo(Files.readAllBytes(file));
		assertThat(response.getHeaders("Content-Security-Policy")).hasSize(1);
		assertThat(response.getHeaders("X-Content-Type-Options")).hasSize(1);
		this.mvc.perform(get("/media/" + KEY + "/800.png").header("If-None-Match", "\"" + KEY + "-800\""))
			.andExpect(status().isNotModified());
	}

	@Test
	void answersAnythingElseWithTheNotFoundPage() throws Exception {
		given(this.media.file(KEY, "800.html")).willThrow(new MediaNotFoundException(KEY));
		this.mvc.perform(get("/media/" + KEY + "/800.html"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("text/html"));
		this.mvc.perform(get("/media/" + KEY)).andExpect(status().isNotFound());
	}

}
