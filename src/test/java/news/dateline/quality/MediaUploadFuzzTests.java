package news.dateline.quality;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import news.dateline.media.MediaProperties;
import news.dateline.media.TestImages;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile uploads to the media library through the admin, by a real signed-in Editor with
 * the CSRF token: SVG with script, HTML dressed as PNG, polyglots, cut-short and
 * oversized files, pixel bombs, file names with path segments, NUL and markup, and the
 * usual payloads in every text field. No answer is a 5xx or leaks internals, no payload
 * comes back unescaped, a refused upload leaves the library (rows and files) as it was,
 * nothing is written outside the media directory, and what is stored is served without
 * the payload. Contributors and requests without the token store nothing.
 */
@DatabaseTest
class MediaUploadFuzzTests {

	private static final Pattern VARIANT = Pattern.compile("/media/[0-9a-f]{32}/\\d+\\.(jpg|png)");

	static final List<String> FILE_NAMES = List.of("photo.png", "../../x.png", "..\\..\\..\\windows\\x.png",
			"/etc/passwd", "nul\u0000byte.png", "<script>alert(1)</script>.png", "\"><img src=x onerror=alert(1)>.gif",
			"a".repeat(5_000) + ".jpg", "", ".htaccess", "photo.png/../../../../srv/evil.html");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	MediaProperties properties;

	RequestPostProcessor editor;

	@BeforeEach
	void setUp() {
		this.editor = AdminPagesValidityTests.as(this.staff.account(Role.EDITOR));
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	static Map<String, byte[]> hostileFiles(long maxBytes) {
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("svg with script", TestImages.svgWithScript());
		files.put("html", TestImages.html());
		files.put("pdf", "%PDF-1.7\n<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII));
		files.put("gif polyglot", TestImages.withPayload(TestImages.gif(40, 30)));
		files.put("jpeg polyglot", TestImages.withPayload(TestImages.jpeg(40, 30)));
		files.put("png polyglot", TestImages.withPayload(TestImages.png(40, 30, false)));
		files.put("gif header then html",
				TestImages.concat("GIF89a".getBytes(StandardCharsets.US_ASCII), TestImages.html()));
		files.put("truncated jpeg", TestImages.truncated(TestImages.jpeg(300, 200)));
		files.put("truncated webp", TestImages.truncated(TestImages.webp()));
		files.put("zero bytes", new byte[0]);
		files.put("pixel bomb", TestImages.pixelBomb());
		byte[] oversized = new byte[(int) maxBytes + 1];
		System.arraycopy(TestImages.jpeg(10, 10), 0, oversized, 0, 100);
		files.put("oversized", oversized);
		return files;
	}

	/** The library as stored: rows and files. */
	private List<String> snapshot() throws IOException {
		this.entityManager.flush();
		List<String> state = new ArrayList<>(this.jdbc
			.sql("select id || '|' || display_name || '|' || alt_text || '|' || coalesce(caption, '') || '|'"
					+ " || coalesce(credit, '') || '|' || version from media_item order by id")
			.query(String.class)
			.list());
		state.addAll(files(this.properties.dir()));
		return state;
	}

	private static List<String> files(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.map(Path::toString).sorted().toList();
		}
	}

	private MvcResult assertSafe(RequestBuilder request, String what, String payload) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		int status = result.getResponse().getStatus();
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(status).as(what).isLessThan(500);
		for (String leak : AdminInputFuzzTests.LEAKS) {
			if (!payload.contains(leak)) {
				assertThat(PublicInputFuzzTests.withoutTokens(body)).as(what).doesNotContain(leak);
			}
		}
		if (payload.contains("<") || payload.contains("\"")) {
			assertThat(body).as(what).doesNotContain(payload);
		}
		assertThat(result.getResponse().getHeaders("Set-Cookie")).as(what)
			.noneSatisfy((cookie) -> assertThat(cookie).contains("evil"));
		return result;
	}

	private static MockMultipartHttpServletRequestBuilder upload(String name, byte[] bytes, String alt, String caption,
			String credit) {
		return multipart("/admin/media").file(new MockMultipartFile("file", name, "image/png", bytes))
			.param("alt", alt)
			.param("caption", caption)
			.param("credit", credit);
	}

	/** Either refused with nothing stored, or stored and served without any payload. */
	private boolean assertRefusedOrNeutralised(MockMultipartHttpServletRequestBuilder request, String what,
			String payload) throws Exception {
		List<String> before = snapshot();
		MvcResult result = assertSafe(request.with(this.editor).with(csrf()), what, payload);
		int status = result.getResponse().getStatus();
		if (status >= 400) {
			assertThat(snapshot()).as("library after refusing " + what).isEqualTo(before);
			return false;
		}
		assertThat(status).as(what).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(what).matches("/admin/media/\\d+");
		String page = assertSafe(get(location).with(this.editor), what, payload).getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		Matcher variant = VARIANT.matcher(page);
		assertThat(variant.find()).as("a variant on the page of " + what).isTrue();
		MvcResult served = this.mvc.perform(get(variant.group())).andReturn();
		assertThat(served.getResponse().getStatus()).isEqualTo(200);
		assertThat(served.getResponse().getContentType()).isIn("image/jpeg", "image/png");
		assertThat(served.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(served.getResponse().getHeader("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox");
		String bytes = new String(served.getResponse().getContentAsByteArray(), StandardCharsets.ISO_8859_1);
		assertThat(bytes).as("served bytes of " + what)
			.doesNotContain("<script")
			.doesNotContain("<html")
			.doesNotContain("<svg");
		String disposition = served.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).as(what).matches("inline; filename=\"[a-z0-9_-]+-\\d+\\.(jpg|png)\"");
		String stored = this.jdbc.sql("select display_name from media_item where id = ?")
			.param(Long.valueOf(location.substring(location.lastIndexOf('/') + 1)))
			.query(String.class)
			.single();
		assertThat(stored).as(what)
			.doesNotContain("/")
			.doesNotContain("\\")
			.doesNotContain("\u0000")
			.hasSizeLessThanOrEqualTo(120);
		return true;
	}

	@Test
	void hostileFilesUnderHostileNamesAreRefusedOrNeutralised() throws Exception {
		Path outside = this.properties.dir().toAbsolutePath().getParent();
		List<String> outsideBefore = Files.list(outside).map(Path::toString).sorted().toList();
		for (Map.Entry<String, byte[]> file : hostileFiles(this.properties.maxFileSize().toBytes()).entrySet()) {
			for (String name : FILE_NAMES) {
				String what = file.getKey() + " named " + name.substring(0, Math.min(40, name.length()));
				boolean stored = assertRefusedOrNeutralised(upload(name, file.getValue(), "Alt text", "", ""), what,
						name);
				// images with a payload after their end decode: they are stored,
				// re-encoded without it
				assertThat(stored).as(what).isEqualTo(file.getKey().endsWith("polyglot"));
			}
		}
		assertThat(Files.list(outside).map(Path::toString).sorted().toList()).isEqualTo(outsideBefore);
	}

	@Test
	void hostileTextInTheDescriptionIsRefusedOrEscaped() throws Exception {
		byte[] image = TestImages.png(40, 30, false);
		for (String payload : PublicInputFuzzTests.PAYLOADS) {
			assertRefusedOrNeutralised(upload("photo.png", image, payload, "", ""), "alt " + payload, payload);
			assertRefusedOrNeutralised(upload("photo.png", image, "Alt", payload, ""), "caption " + payload, payload);
			assertRefusedOrNeutralised(upload("photo.png", image, "Alt", "", payload), "credit " + payload, payload);
		}
		assertSafe(get("/admin/media").with(this.editor), "the list after hostile uploads",
				"<script>alert(1)</script>");
	}

	@Test
	void hostileIdsPathsAndParametersAreSafe() throws Exception {
		List<String> before = snapshot();
		for (String payload : PublicInputFuzzTests.PAYLOADS) {
			assertSafe(get("/admin/media").with(this.editor).param("q", payload), "q " + payload, payload);
			assertSafe(get("/admin/media").with(this.editor).param("page", payload), "page " + payload, payload);
			assertSafe(get("/admin/media/{id}", payload).with(this.editor), "id " + payload, payload);
			assertSafe(post("/admin/media/{id}", payload).with(this.editor)
				.with(csrf())
				.param("alt", "x")
				.param("version", "0"), "update " + payload, payload);
			assertSafe(post("/admin/media/{id}/delete", payload).with(this.editor).with(csrf()), "delete " + payload,
					payload);
			assertSafe(get("/media/{key}/{name}", payload, "400.jpg"), "key " + payload, payload);
			assertSafe(get("/media/{key}/{name}", "0123456789abcdef0123456789abcdef", payload), "name " + payload,
					payload);
		}
		assertThat(snapshot()).isEqualTo(before);
	}

	@Test
	void contributorsAndRequestsWithoutTheTokenStoreNothing() throws Exception {
		List<String> before = snapshot();
		RequestPostProcessor contributor = AdminPagesValidityTests.as(this.staff.account(Role.CONTRIBUTOR));
		byte[] image = TestImages.jpeg(60, 40);
		assertThat(this.mvc.perform(upload("photo.jpg", image, "Alt", "", "").with(contributor).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(upload("photo.jpg", image, "Alt", "", "").with(this.editor))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(upload("photo.jpg", image, "Alt", "", "").with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(snapshot()).isEqualTo(before);
	}

}
