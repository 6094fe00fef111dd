package news.dateline.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.support.TestClockConfiguration;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line: an import runs in the background and commits, printing progress and
 * the report; an export writes its file. The import here is of a site of its own name,
 * removed afterwards.
 */
@SpringBootTest
@Import({ TestClockConfiguration.class, TestData.class })
@Tag("database")
class TransferCommandLineTests {

	@Autowired
	TransferCommandLine commandLine;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	final ByteArrayOutputStream printed = new ByteArrayOutputStream();

	final PrintStream out = new PrintStream(this.printed, true, StandardCharsets.UTF_8);

	final String site = TestData.unique("cli");

	@AfterEach
	void removeTheImportedSite() {
		this.jdbc.sql("delete from article where slug like ?").param(this.site + "-%").update();
		this.jdbc.sql("delete from author where slug = ?").param(this.site + "-writer").update();
		this.jdbc.sql("delete from section where slug = ?").param(this.site).update();
		this.jdbc.sql("delete from import_record where source_key = ?")
			.param("https://" + this.site + ".example")
			.update();
	}

	String printed() {
		return this.printed.toString(StandardCharsets.UTF_8);
	}

	@Test
	void importsAFilePrintingProgressAndTheReport() throws Exception {
		Path file = this.directory.resolve("export.xml");
		GeneratedWxr.write(file, 3, 500, this.site);
		assertThat(this.commandLine.importFile(file, null, this.out)).isZero();
		assertThat(printed()).contains("Importing " + file)
			.contains("100% - 3 items read, 3 posts imported, 0 already there, 6 comments imported, 0 skipped")
			.contains("Import finished: 3 posts imported (0 already there), 6 comments imported (0 already there),"
					+ " 1 authors, 1 sections and 0 sources created; 0 entries skipped, 0 repaired.");
		assertThat(this.jdbc.sql("select count(*) from article where slug like ?")
			.param(this.site + "-%")
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void importsTheFileIntoTheEditionItIsGiven() throws Exception {
		Path file = this.directory.resolve("exportación-española.xml");
		GeneratedWxr.write(file, 2, 300, this.site);
		assertThat(this.commandLine.importFile(file, " es ", this.out)).isZero();
		assertThat(printed()).contains("2 posts imported");
		assertThat(this.jdbc.sql("select language from article where slug like ?")
			.param(this.site + "-%")
			.query(String.class)
			.list()).containsExactly("es", "es");
	}

	@Test
	void refusesALanguageNoEditionHasBeforeReadingTheFile() throws Exception {
		Path file = this.directory.resolve("export.xml");
		GeneratedWxr.write(file, 1, 300, this.site);
		assertThat(this.commandLine.importFile(file, "fr", this.out)).isEqualTo(1);
		assertThat(printed()).contains("No edition has the language fr; the site's editions are en, es.")
			.doesNotContain("Importing");
		assertThat(this.jdbc.sql("select count(*) from article where slug like ?")
			.param(this.site + "-%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void describesEachIssueWithItsLineAndReason() {
		assertThat(this.commandLine.describe(new ImportIssue(ImportIssue.Outcome.SKIPPED, 326, ImportIssue.Entry.POST,
				"106", null, ImportIssue.Reason.NO_TITLE, null)))
			.isEqualTo("line 326: post 106 skipped: it has no title");
		assertThat(this.commandLine.describe(new ImportIssue(ImportIssue.Outcome.SKIPPED, 65, ImportIssue.Entry.COMMENT,
				"506", null, ImportIssue.Reason.PARENT_MISSING, "9999")))
			.isEqualTo("line 65: comment 506 skipped: it replies to a comment that is not in the export (9999)");
		assertThat(this.commandLine.describe(new ImportIssue(ImportIssue.Outcome.REPAIRED, 1397, ImportIssue.Entry.POST,
				"109", "Fish & chips", ImportIssue.Reason.XML_REPAIRED, "unescaped '&' escaped")))
			.isEqualTo(
					"line 1397: post 109 \u201cFish & chips\u201d repaired: the XML was mended (unescaped '&' escaped)");
		assertThat(this.commandLine.describe(new ImportIssue(ImportIssue.Outcome.REPAIRED, 88, ImportIssue.Entry.POST,
				"9003", "La cumbre de Seúl, en directo — «día uno»", ImportIssue.Reason.TRANSLATION_LANGUAGE_TAKEN,
				"summit-opens, es")))
			.isEqualTo("line 88: post 9003 \u201cLa cumbre de Seúl, en directo — «día uno»\u201d repaired: it was"
					+ " imported without its translation link: the translation group of the story named in brackets"
					+ " already has a story in its language (summit-opens, es)");
	}

	@Test
	void refusesAFileThatCannotBeRead() throws InterruptedException {
		assertThat(this.commandLine.importFile(this.directory.resolve("missing.xml"), "", this.out)).isEqualTo(1);
		assertThat(printed()).contains("Cannot read");
	}

	@Test
	void exportsToAFile() throws IOException {
		Path file = this.directory.resolve("dateline.xml");
		assertThat(this.commandLine.exportFile(file, this.out)).isZero();
		assertThat(printed()).contains("Exporting to " + file).containsPattern("Exported \\d+ articles");
		assertThat(Files.readString(file)).contains("<wp:wxr_version>1.2</wp:wxr_version>")
			.contains("</channel>\n</rss>");
	}

}
