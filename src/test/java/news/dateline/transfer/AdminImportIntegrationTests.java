package news.dateline.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.unit.DataSize;

import news.dateline.audit.AuditLog;
import news.dateline.security.Role;
import news.dateline.security.StaffPrincipal;
import news.dateline.support.ApplicationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.SiteProperties;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The admin's import and export against the real application and database: an
 * Administrator uploads a real-shaped WordPress export, follows the job through the JSON
 * progress endpoint (which reads the database, as a page served by another node would)
 * until it ends, and reads the report; the export downloads as a dated file. The import
 * commits, so what it brought in is removed afterwards.
 */
@ApplicationTest
@Tag("database")
class AdminImportIntegrationTests {

	static final String SITE = "https://harbour-gazette.example";

	static final Duration DEADLINE = Duration.ofSeconds(60);

	@Autowired
	news.dateline.system.Editions editions;

	@Autowired
	ImportSettings importSettings;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestStaff staff;

	@Autowired
	TestActor actor;

	@Autowired
	TransferService transfers;

	@Autowired
	ImportJobs jobs;

	@Autowired
	WxrExporter exporter;

	@Autowired
	AuditLog audit;

	@Autowired
	SiteProperties site;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	UserView administrator;

	final Map<String, Long> highestIdBefore = new HashMap<>();

	final List<Integer> seenWhileRunning = new java.util.ArrayList<>();

	String generatedSite = SITE;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.administrator = this.staff.account(Role.ADMINISTRATOR);
		for (String table : List.of("author", "section", "tag")) {
			this.highestIdBefore.put(table,
					this.jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single());
		}
	}

	@AfterEach
	void removeWhatTheImportBroughtIn() {
		this.actor.clear();
		for (String source : List.of(SITE, this.generatedSite)) {
			this.jdbc
				.sql("delete from article where id in (select local_id from import_record where source_key = ?"
						+ " and kind = 'POST')")
				.param(source)
				.update();
			this.jdbc.sql("delete from import_record where source_key = ?").param(source).update();
		}
		for (String table : List.of("author", "section", "tag")) {
			this.jdbc.sql("delete from " + table + " where id > ?").param(this.highestIdBefore.get(table)).update();
		}
		this.jdbc.sql("delete from import_job").update();
	}

	RequestPostProcessor as(UserView user) {
		StaffPrincipal principal = new StaffPrincipal(user.id(), user.email(), user.displayName(), user.role());
		return authentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities()));
	}

	static MockMultipartFile fixture() throws IOException {
		try (InputStream in = AdminImportIntegrationTests.class.getResourceAsStream(WxrImporterTests.FIXTURE)) {
			return new MockMultipartFile("file", "wordpress-export.xml", "text/xml", in.readAllBytes());
		}
	}

	String upload(MockMultipartFile file) throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/admin/import").file(file).with(as(this.administrator)).with(csrf()))
			.andExpect(status().isFound())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/admin/import?job=");
		return location.substring("/admin/import?job=".length());
	}

	/**
	 * Polls the progress endpoint, as the page's script does, until the job has ended or
	 * time is up.
	 */
	String awaitEnd(String job) throws Exception {
		Instant deadline = Instant.now().plus(DEADLINE);
		List<Integer> percents = new java.util.ArrayList<>();
		while (true) {
			String json = this.mvc.perform(get("/admin/import/" + job + "/progress").with(as(this.administrator)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			percents.add(JsonPath.read(json, "$.percent"));
			if ((Boolean) JsonPath.read(json, "$.running")) {
				this.seenWhileRunning.add(JsonPath.read(json, "$.postsImported"));
			}
			if (!(Boolean) JsonPath.read(json, "$.running")) {
				assertThat(percents).isSorted();
				return json;
			}
			assertThat(Instant.now()).as("the import ends within " + DEADLINE).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	@Test
	void importsAnUploadedWordPressExportFollowedThroughItsProgressToTheReport() throws Exception {
		String job = upload(fixture());
		String done = awaitEnd(job);
		assertThat((String) JsonPath.read(done, "$.state")).isEqualTo("FINISHED");
		assertThat((Integer) JsonPath.read(done, "$.percent")).isEqualTo(100);
		assertThat((Integer) JsonPath.read(done, "$.itemsRead")).isEqualTo(12);
		assertThat((Integer) JsonPath.read(done, "$.postsImported")).isEqualTo(6);
		assertThat((Integer) JsonPath.read(done, "$.authorsCreated")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(done, "$.skipped")).isPositive();
		assertThat(this.jdbc.sql("select count(*) from import_record where source_key = ? and kind = 'POST'")
			.param(SITE)
			.query(Long.class)
			.single()).isEqualTo(6);

		this.mvc.perform(get("/admin/import").param("job", job).with(as(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Import of wordpress-export.xml"), containsString("Finished on"),
						containsString("it has no title"), containsString("<dd data-field=\"postsImported\">6</dd>"))));
		assertThat(
				this.jdbc.sql("select actor_name from audit_event where action = 'transfer.import' and subject_id = ?")
					.param(job)
					.query(String.class)
					.list())
			.containsExactly(this.administrator.displayName());
	}

	@Test
	void namesInTheReportAStoryThatCouldNotJoinItsTranslationGroup() throws Exception {
		this.generatedSite = "https://ediciones-18.example";
		byte[] editions;
		try (InputStream in = getClass().getResourceAsStream(EditionImportTests.FIXTURE)) {
			editions = in.readAllBytes();
		}
		String job = upload(new MockMultipartFile("file", "dateline-editions.xml", "text/xml", editions));
		assertThat((String) JsonPath.read(awaitEnd(job), "$.state")).isEqualTo("FINISHED");

		this.mvc.perform(get("/admin/import").param("job", job).with(as(this.administrator)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("La cumbre de Seúl, en directo — «día uno»"),
					containsString("it was imported without its translation link: the translation group of the"
							+ " story named in brackets already has a story in its language"),
					containsString("(summit-opens-in-seoul-e18, es)"), containsString("Pionyang responde"))));
	}

	@Test
	void showsTheCountsGrowWhileALargerImportRuns(@TempDir Path directory) throws Exception {
		String name = TestData.unique("growing");
		Path file = directory.resolve("growing.xml");
		GeneratedWxr.write(file, 100, 400, name);
		this.generatedSite = "https://" + name + ".example";
		String job = upload(new MockMultipartFile("file", "growing.xml", "text/xml", Files.readAllBytes(file)));
		String done = awaitEnd(job);
		assertThat((Integer) JsonPath.read(done, "$.postsImported")).isEqualTo(100);
		assertThat(this.seenWhileRunning).as("posts imported, as polled while the import ran")
			.anyMatch((posts) -> posts > 0 && posts < 100);
	}

	@Test
	void addsNothingWhenTheSameExportIsUploadedAgain() throws Exception {
		awaitEnd(upload(fixture()));
		String again = awaitEnd(upload(fixture()));
		assertThat((Integer) JsonPath.read(again, "$.postsImported")).isZero();
		assertThat((Integer) JsonPath.read(again, "$.postsAlreadyThere")).isEqualTo(6);
	}

	@Test
	void runsOneImportAtATimeAcrossNodes() throws Exception {
		// another node's import, still writing its progress
		this.jdbc
			.sql("insert into import_job (id, file_name, state, running_slot, started_at, heartbeat_at, total_bytes,"
					+ " bytes_read, items_read, posts_imported, posts_already_there, comments_imported, comments_already_there,"
					+ " authors_created, sections_created, sources_created, skipped, repaired) values ('other-node', 'big.xml',"
					+ " 'RUNNING', 'import', ?, ?, 100, 10, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0)")
			.params(this.clock.instant().atOffset(ZoneOffset.UTC), this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
		this.mvc.perform(multipart("/admin/import").file(fixture()).with(as(this.administrator)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Another import is running.")));
		this.mvc.perform(get("/admin/import").with(as(this.administrator)))
			.andExpect(content().string(allOf(containsString("Import of big.xml"), containsString("value=\"10\""))));

		// that node stopped: once its job has not moved for a while, an import may start
		this.clock.advance(ImportJobStore.ABANDONED_AFTER.plusSeconds(1));
		awaitEnd(upload(fixture()));
		this.actor.actAs(this.administrator.id(), this.administrator.displayName(), Role.ADMINISTRATOR);
		assertThat(this.transfers.importProgress("other-node").orElseThrow().state()).isEqualTo(ImportJob.State.FAILED);
	}

	@Test
	void refusesFilesThatAreNotAWordPressExportBesideTheField() throws Exception {
		expectRefused(new MockMultipartFile("file", "notes.txt", "text/plain", "just some notes".getBytes()),
				"This file is not XML.");
		expectRefused(new MockMultipartFile("file", "page.xml", "text/xml", "<html><body/></html>".getBytes()),
				"This XML file is not a WordPress export (WXR).");
		expectRefused(new MockMultipartFile("file", "empty.xml", "text/xml", new byte[0]), "this one is empty");
		expectRefused(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]), "this one is empty");
		assertThat(this.jdbc.sql("select count(*) from import_job").query(Long.class).single()).isZero();
	}

	void expectRefused(MockMultipartFile file, String message) throws Exception {
		this.mvc.perform(multipart("/admin/import").file(file).with(as(this.administrator)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"file-error\""), containsString(message))));
	}

	@Test
	void refusesAFileLargerThanTheLimitWhileCopyingIt() {
		this.actor.actAs(this.administrator.id(), this.administrator.displayName(), Role.ADMINISTRATOR);
		ImportSettings limit = new ImportSettings(DataSize.ofKilobytes(1), this.importSettings.progressInterval(), null,
				false, this.importSettings.sourceMeta(), null);
		TransferService small = new TransferService(this.jobs, this.exporter, this.actor, this.audit, this.site,
				this.clock, limit, this.editions);
		byte[] big = ("<rss>" + "x".repeat(4096) + "</rss>").getBytes(StandardCharsets.UTF_8);
		// a client may declare less than it sends: the copy counts what arrives
		assertThatThrownBy(
				() -> small.startImport(new ImportUpload("big.xml", 100, () -> new ByteArrayInputStream(big))))
			.isInstanceOfSatisfying(ImportRejectedException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("admin.import.file.too-large"));
		assertThatThrownBy(
				() -> small.startImport(new ImportUpload("big.xml", big.length, () -> new ByteArrayInputStream(big))))
			.isInstanceOf(ImportRejectedException.class);
	}

	@Test
	void letsOnlyAdministratorsImportExportOrReadProgressWhateverTheController() {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR)) {
			this.actor.actAs(41L, "Sam " + role, role);
			ImportUpload upload = new ImportUpload("x.xml", 5, () -> new ByteArrayInputStream("<rss/>".getBytes()));
			assertThatThrownBy(() -> this.transfers.startImport(upload)).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.transfers.export()).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.transfers.latestImport()).isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(() -> this.transfers.importProgress("x")).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(this.jdbc.sql("select count(*) from import_job").query(Long.class).single()).isZero();
	}

	@Test
	void downloadsTheExportAsADatedAttachmentAndAuditsIt() throws Exception {
		awaitEnd(upload(fixture()));
		MvcResult started = this.mvc.perform(get("/admin/export").with(as(this.administrator))).andReturn();
		MvcResult done = this.mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"dateline-export-2026-06-20.xml\""))
			.andReturn();
		assertThat(done.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("<wp:post_name>council-approves-harbour-budget</wp:post_name>")
			.contains("</channel>\n</rss>");
		assertThat(this.jdbc.sql("select detail from audit_event where action = 'transfer.export' and actor_name = ?")
			.param(this.administrator.displayName())
			.query(String.class)
			.list()).containsExactly("dateline-export-2026-06-20.xml");
	}

}
