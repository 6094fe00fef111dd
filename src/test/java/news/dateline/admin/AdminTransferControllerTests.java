package news.dateline.admin;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.util.unit.DataSize;

import news.dateline.security.Role;
import news.dateline.transfer.ImportAlreadyRunningException;
import news.dateline.transfer.ImportIssue;
import news.dateline.transfer.ImportJob;
import news.dateline.transfer.ImportProgress;
import news.dateline.transfer.ImportRejectedException;
import news.dateline.transfer.ImportUpload;
import news.dateline.transfer.TransferService;
import news.dateline.transfer.WxrDownload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminTransferControllerTests extends AdminSliceTests {

	static final String JOB = "0b6e1c52-57a4-4c4e-9d64-1f2a3b4c5d6e";

	static final Instant STARTED = Instant.parse("2026-06-20T09:00:00Z");

	static final MockMultipartFile EXPORT = new MockMultipartFile("file", "harbour.xml", "text/xml",
			"<rss><channel/></rss>".getBytes(StandardCharsets.UTF_8));

	@Autowired
	TransferService transfers;

	@BeforeEach
	void limit() {
		given(this.transfers.maxSize()).willReturn(DataSize.ofMegabytes(1024));
	}

	static ImportProgress running() {
		return new ImportProgress(JOB, "harbour.xml", ImportJob.State.RUNNING, STARTED, null, 1000, 400, 5, 4, 0, 12, 0,
				2, 1, 0, 1, 0, List.of(), null);
	}

	static ImportProgress finished() {
		return new ImportProgress(JOB, "harbour.xml", ImportJob.State.FINISHED, STARTED, STARTED.plusSeconds(30), 1000,
				1000, 12, 9, 0, 20, 0, 2, 3, 0, 2, 1,
				List.of(new ImportIssue(ImportIssue.Outcome.SKIPPED, 326, ImportIssue.Entry.POST, "106", null,
						ImportIssue.Reason.NO_TITLE, null),
						new ImportIssue(ImportIssue.Outcome.REPAIRED, 397, ImportIssue.Entry.POST, "109",
								"Fish & chips", ImportIssue.Reason.XML_REPAIRED, "unescaped '&' escaped")),
				null);
	}

	@Test
	void sendsAnonymousVisitorsToSignInWithoutActing() throws Exception {
		for (String path : List.of("/admin/import", "/admin/export", "/admin/import/" + JOB + "/progress")) {
			this.admin.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/login"));
		}
		this.admin.perform(multipart("/admin/import").file(EXPORT).with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/login"));
		verifyNoInteractions(this.transfers);
	}

	@Test
	void refusesEditorsTheImportAndTheExport() throws Exception {
		for (String path : List.of("/admin/import", "/admin/export", "/admin/import/" + JOB + "/progress")) {
			this.admin.perform(get(path).with(as(Role.EDITOR))).andExpect(status().isForbidden());
		}
		this.admin.perform(multipart("/admin/import").file(EXPORT).with(as(Role.EDITOR)).with(csrf()))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.transfers);
	}

	@Test
	void refusesAnUploadWithoutTheCsrfToken() throws Exception {
		this.admin.perform(multipart("/admin/import").file(EXPORT).with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isForbidden());
		verifyNoInteractions(this.transfers);
	}

	@Test
	void startsTheImportOfAnUploadAndGoesToItsProgress() throws Exception {
		given(this.transfers.startImport(any(), any())).willReturn(running());
		this.admin
			.perform(multipart("/admin/import").file(EXPORT)
				.param("language", "es")
				.with(as(Role.ADMINISTRATOR))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/import?job=" + JOB))
			.andExpect(flash().attributeExists("flash"));
		ArgumentCaptor<ImportUpload> upload = ArgumentCaptor.forClass(ImportUpload.class);
		verify(this.transfers).startImport(upload.capture(), org.mockito.ArgumentMatchers.eq("es"));
		assertThat(upload.getValue().fileName()).isEqualTo("harbour.xml");
		assertThat(upload.getValue().size()).isEqualTo(EXPORT.getSize());
		try (InputStream in = upload.getValue().content().open()) {
			assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("<rss><channel/></rss>");
		}
	}

	@Test
	void showsARunningImportWithAProgressBarThatItsScriptFollows() throws Exception {
		given(this.transfers.importProgress(JOB)).willReturn(java.util.Optional.of(running()));
		this.admin.perform(get("/admin/import").param("job", JOB).with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Import of harbour.xml"),
					containsString("<progress id=\"import-progress\" max=\"100\" value=\"40\">40%</progress>"),
					containsString("data-progress-url=\"/admin/import/" + JOB + "/progress\""),
					containsString("data-running=\"true\""), containsString("/js/import-progress"),
					containsString("href=\"/admin/import?job=" + JOB + "\""),
					containsString("<dd data-field=\"commentsImported\">12</dd>"),
					containsString("enctype=\"multipart/form-data\""), containsString("name=\"_csrf\""),
					not(containsString("<script>")))));
	}

	@Test
	void showsTheReportOfAFinishedImport() throws Exception {
		given(this.transfers.latestImport()).willReturn(java.util.Optional.of(finished()));
		this.admin.perform(get("/admin/import").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Finished on"), containsString("it has no title"),
					containsString("Fish &amp; chips"),
					containsString("the XML was mended (unescaped &#39;&amp;&#39; escaped)"),
					containsString("<td>326</td>"), containsString("<dd data-field=\"skipped\">2</dd>"),
					not(containsString("import-progress.js")))));
	}

	@Test
	void answersTheProgressAsJson() throws Exception {
		given(this.transfers.importProgress(JOB)).willReturn(java.util.Optional.of(running()));
		this.admin.perform(get("/admin/import/" + JOB + "/progress").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.running").value(true))
			.andExpect(jsonPath("$.percent").value(40))
			.andExpect(jsonPath("$.postsImported").value(4))
			.andExpect(jsonPath("$.commentsImported").value(12))
			.andExpect(jsonPath("$.authorsCreated").value(2))
			.andExpect(jsonPath("$.skipped").value(1));
		this.admin.perform(get("/admin/import/unknown/progress").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "admin.import.file.empty|this one is empty", "admin.import.file.not-xml|This file is not XML.",
					"admin.import.file.not-wxr|This XML file is not a WordPress export (WXR).",
					"admin.import.file.too-large|the import takes files of up to 1,024 MB" })
	void saysBesideTheFileFieldWhatIsWrongWithIt(String key, String message) throws Exception {
		given(this.transfers.startImport(any(), any())).willThrow(new ImportRejectedException(key, 1024L));
		this.admin.perform(multipart("/admin/import").file(EXPORT).with(as(Role.ADMINISTRATOR)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"file-error\""), containsString(message),
					containsString("aria-describedby=\"file-error file-hint\""))));
	}

	@Test
	void saysSoWhenAnotherImportRuns() throws Exception {
		given(this.transfers.startImport(any(), any())).willThrow(new ImportAlreadyRunningException());
		this.admin.perform(multipart("/admin/import").file(EXPORT).with(as(Role.ADMINISTRATOR)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Another import is running.")));
	}

	@Test
	void downloadsTheExportAsADatedAttachment() throws Exception {
		given(this.transfers.export()).willReturn(new WxrDownload("dateline-export-2026-06-20.xml",
				(out) -> out.write("<rss version=\"2.0\"/>".getBytes(StandardCharsets.UTF_8))));
		MvcResult started = this.admin.perform(get("/admin/export").with(as(Role.ADMINISTRATOR)))
			.andExpect(request().asyncStarted())
			.andReturn();
		this.admin.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(
					header().string("Content-Disposition", "attachment; filename=\"dateline-export-2026-06-20.xml\""))
			.andExpect(header().string("Content-Type", containsString("application/xml")))
			.andExpect(content().string("<rss version=\"2.0\"/>"));
	}

	@Test
	void offersTheImportPageToAdministratorsInTheNavigation() throws Exception {
		given(this.transfers.latestImport()).willReturn(java.util.Optional.empty());
		this.admin.perform(get("/admin/import").with(as(Role.ADMINISTRATOR)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("href=\"/admin/import\""), containsString("href=\"/admin/export\""),
						containsString("Up to 1,024 MB."), not(containsString("data-progress-url")))));
	}

}
