package news.dateline.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import news.dateline.article.ArticleEdit;
import news.dateline.article.EditorialService;
import news.dateline.comment.CommentModeration;
import news.dateline.comment.ModerationAction;
import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.ServerTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real Varnish ({@code deploy/varnish/dateline.vcl}) on loopback in front of the
 * application: it serves cached public pages, the application's purges by key evict
 * exactly the pages of a change, nothing personal is ever cached, and a purge without the
 * secret is refused. Skipped, saying so, where {@code varnishd} is not installed
 * ({@code apt-get install varnish varnish-modules}).
 */
@ServerTest
class VarnishIntegrationTests {

	private static final String SECRET = "test-secret-" + Long.toHexString(Double.doubleToLongBits(Math.random()));

	private static final Path VARNISHD = Path.of("/usr/sbin/varnishd");

	private static final int VARNISH_PORT = freePort();

	private static Process varnish;

	private static Path workDir;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@LocalServerPort
	int appPort;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	EditorialService editorial;

	@Autowired
	CommentModeration moderation;

	private UserView editor;

	@DynamicPropertySource
	static void purgeThroughVarnish(DynamicPropertyRegistry registry) {
		registry.add("dateline.cache.pages.enabled", () -> "true");
		registry.add("dateline.cache.edge.purge-urls", () -> "http://127.0.0.1:" + VARNISH_PORT + "/");
		registry.add("dateline.cache.edge.secret", () -> SECRET);
	}

	@BeforeEach
	void varnishInFront() throws Exception {
		if (!Files.isExecutable(VARNISHD)) {
			System.out.println(
					"SKIPPED VarnishIntegrationTests: varnishd is not installed (apt-get install varnish varnish-modules)");
			Assumptions.abort("varnishd is not installed (apt-get install varnish varnish-modules)");
		}
		if (varnish == null) {
			varnish = startVarnish(this.appPort);
		}
		this.editor = this.staff.account(Role.EDITOR);
	}

	@AfterAll
	static void stopVarnish() throws Exception {
		if (varnish != null) {
			varnish.destroy();
			varnish.waitFor();
			varnish = null;
		}
	}

	private static Process startVarnish(int backendPort) throws Exception {
		workDir = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "varnish-");
		Files.setPosixFilePermissions(workDir, PosixFilePermissions.fromString("rwxr-xr-x"));
		Path vcl = workDir.resolve("dateline.vcl");
		Files.writeString(vcl,
				Files.readString(Path.of("deploy/varnish/dateline.vcl")).replace("@@PURGE_SECRET@@", SECRET));
		Files.writeString(workDir.resolve("backends.vcl"), """
				backend app { .host = "127.0.0.1"; .port = "%d"; }
				acl purgers { "127.0.0.1"; }
				sub dateline_backend { set req.backend_hint = app; }
				""".formatted(backendPort));
		Process process = new ProcessBuilder(VARNISHD.toString(), "-F", "-a", "127.0.0.1:" + VARNISH_PORT, "-n",
				workDir.resolve("work").toString(), "-p", "vcl_path=" + workDir, "-f", vcl.toString(), "-s",
				"malloc,32m")
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("varnishd.log").toFile())
			.start();
		Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException(
						"varnishd stopped: " + Files.readString(workDir.resolve("varnishd.log")));
			}
			try (java.net.Socket socket = new java.net.Socket("127.0.0.1", VARNISH_PORT)) {
				return process;
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		process.destroy();
		throw new IllegalStateException("varnishd did not listen within 90 s");
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> fetch(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + VARNISH_PORT + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request);
	}

	private static String cache(HttpResponse<String> response) {
		return response.headers().firstValue("X-Cache").orElse("none");
	}

	/**
	 * Fetches the page until it passes the test (purges are sent after commit, without
	 * waiting).
	 */
	private HttpResponse<String> fetchUntil(String path, Predicate<HttpResponse<String>> done) throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
		HttpResponse<String> response = fetch(path);
		while (!done.test(response) && Instant.now().isBefore(deadline)) {
			Thread.sleep(50);
			response = fetch(path);
		}
		return response;
	}

	private Story story(String headline, SectionView section, String author) {
		return this.data.story(headline, section, author, Duration.ofMinutes(30));
	}

	@Test
	void servesACachedPublicPageItselfWithoutTheKeys() throws Exception {
		SectionView world = this.data.section("World");
		Story story = story("Ministers meet in Seoul — talks « resume »", world, this.data.author("Tarun Kumar"));
		HttpResponse<String> first = fetch(story.url());
		assertThat(first.statusCode()).isEqualTo(200);
		HttpResponse<String> second = fetch(story.url());
		assertThat(cache(second)).isEqualTo("HIT");
		assertThat(second.body()).isEqualTo(first.body()).contains("talks « resume »");
		assertThat(second.headers().firstValue("xkey")).isEmpty();
		assertThat(second.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((value) -> assertThat(value).contains("public").contains("s-maxage=300"));
	}

	@Test
	void aCommentApprovalPurgesThatStoryPageAndNotTheOthers() throws Exception {
		SectionView culture = this.data.section("Culture");
		String author = this.data.author("Noor Haddad");
		Story busy = story("Museum opens a new wing", culture, author);
		Story quiet = story("Festival line-up announced", this.data.section("Music"), this.data.author("Kim Ji-woo"));
		Long comment = this.data.approvedComment(busy, null, "José Núñez", "¡Qué buena noticia! 🎉");
		this.staff.signIn(this.editor);
		this.moderation.apply(ModerationAction.UNAPPROVE, comment);
		for (String path : List.of(busy.url(), quiet.url(), "/sections/" + culture.slug())) {
			fetch(path);
			assertThat(cache(fetch(path))).as(path).isEqualTo("HIT");
		}
		this.staff.signIn(this.editor);
		this.moderation.apply(ModerationAction.APPROVE, comment);
		TestStaff.signOut();
		HttpResponse<String> purged = fetchUntil(busy.url(),
				(response) -> response.body().contains("Qué buena noticia"));
		assertThat(purged.body()).contains("¡Qué buena noticia! 🎉");
		assertThat(cache(fetch(quiet.url()))).isEqualTo("HIT");
	}

	@Test
	void anEditPurgesTheStoryAndItsListsAndNotOtherLists() throws Exception {
		SectionView politics = this.data.section("Politics");
		SectionView sport = this.data.section("Sport");
		Story story = this.data.story("Parliament votes on the budget", "The vote is close", "Body.", politics,
				List.of(this.data.author("Tarun Kumar")), List.of(this.data.wire("EFE")), Duration.ofMinutes(30));
		story("Derby ends in a draw", sport, this.data.author("Lucía Pérez"));
		List<String> lists = List.of("/sections/" + politics.slug(), "/latest", "/");
		String otherList = "/sections/" + sport.slug();
		for (String path : List.of(story.url(), lists.get(0), lists.get(1), lists.get(2), otherList)) {
			fetch(path);
			assertThat(cache(fetch(path))).as(path).isEqualTo("HIT");
		}
		this.staff.signIn(this.editor);
		ArticleEdit edit = this.editorial.editor(story.id()).edit();
		this.editorial.update(story.id(),
				new ArticleEdit("Parliament passes the budget — “at last”", edit.deck(), edit.datelineCity(),
						edit.datelineCountry(), edit.body(), edit.sectionSlug(), edit.tags(), edit.bylines(),
						edit.sources(), edit.slug(), edit.seoTitle(), edit.seoDescription(), edit.imageUrl(),
						edit.imageAlt(), edit.imageCaption(), edit.imageCredit(), edit.commentsOpen(), edit.version()));
		TestStaff.signOut();
		for (String path : List.of(story.url(), lists.get(0), lists.get(1), lists.get(2))) {
			assertThat(fetchUntil(path, (response) -> response.body().contains("passes the budget")).body()).as(path)
				.contains("Parliament passes the budget");
		}
		assertThat(cache(fetch(otherList))).isEqualTo("HIT");
	}

	@Test
	void nothingPersonalIsEverCached() throws Exception {
		Story story = story("Heatwave grips the capital", this.data.section("Weather"), this.data.author("Ana Gómez"));
		for (int i = 0; i < 2; i++) {
			assertThat(cache(fetch(story.url(), "Cookie", "dateline_held=abc.def"))).isEqualTo("PASS");
			assertThat(cache(fetch(story.url(), "Cookie", "JSESSIONID=ABCDEF"))).isEqualTo("PASS");
			assertThat(cache(fetch(story.url() + "?replytocom=1"))).isNotEqualTo("HIT");
			HttpResponse<String> login = fetch("/admin/login");
			assertThat(cache(login)).isNotEqualTo("HIT");
			assertThat(login.headers().firstValue("Cache-Control")).hasValue("private, no-store");
		}
		HttpResponse<String> post = send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + VARNISH_PORT + story.url() + "/comments"))
					.POST(HttpRequest.BodyPublishers.ofString("")));
		assertThat(cache(post)).isNotEqualTo("HIT");
	}

	@Test
	void aPurgeWithoutTheSecretIsRefusedAndPurgesNothing() throws Exception {
		Story story = story("Storm warning lifted", this.data.section("Climate"), this.data.author("Mei Lin"));
		fetch(story.url());
		String key = "nav";
		for (String secret : List.of("", "wrong-secret-1234567890")) {
			HttpRequest.Builder purge = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + VARNISH_PORT + "/"))
				.method("PURGE", HttpRequest.BodyPublishers.noBody())
				.header(EdgePurge.KEYS_HEADER, key);
			if (!secret.isEmpty()) {
				purge.header(EdgePurge.SECRET_HEADER, secret);
			}
			assertThat(send(purge).statusCode()).isEqualTo(403);
		}
		assertThat(cache(fetch(story.url()))).isEqualTo("HIT");
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
