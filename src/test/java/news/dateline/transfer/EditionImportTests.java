package news.dateline.transfer;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.section.SectionService;
import news.dateline.support.DatabaseTest;
import news.dateline.tag.TagService;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Importing an export of two editions: names and bios per language are stored, and what
 * cannot be taken (a translation in a language the site has no edition for, a slug
 * another tag holds, a story whose translation group has its language already or is not
 * in the file) is in the import's report, each entry named.
 */
@DatabaseTest
class EditionImportTests {

	static final String FIXTURE = "/wxr/dateline-editions.xml";

	@Autowired
	WxrImporter importer;

	@Autowired
	SectionService sections;

	@Autowired
	TagService tags;

	@Autowired
	JdbcClient jdbc;

	ImportProgress importFixture() throws IOException {
		ImportJob job = this.importer.newJob("dateline-editions.xml", 0);
		try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
			this.importer.run(job, in);
		}
		ImportProgress progress = job.progress();
		assertThat(progress.state()).isEqualTo(ImportJob.State.FINISHED);
		assertThat(progress.postsImported()).isEqualTo(5);
		return progress;
	}

	Long group(String slug) {
		return this.jdbc.sql("select translation_group from article where slug = ?")
			.param(slug)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

	@Test
	void reportsEachStoryThatCouldNotJoinItsTranslationGroupByName() throws IOException {
		ImportProgress progress = importFixture();

		assertThat(progress.issues()).filteredOn((issue) -> issue.entry() == Entry.POST)
			.extracting(ImportIssue::outcome, ImportIssue::externalId, ImportIssue::title, ImportIssue::reason,
					ImportIssue::detail)
			.containsExactly(
					tuple(Outcome.REPAIRED, "9003", "La cumbre de Seúl, en directo — «día uno»",
							Reason.TRANSLATION_LANGUAGE_TAKEN, "summit-opens-in-seoul-e18, es"),
					tuple(Outcome.REPAIRED, "9004", "Pionyang responde", Reason.TRANSLATION_MISSING,
							"pyongyang-replies-e18, es"),
					tuple(Outcome.REPAIRED, "9005", "Pyongyang répond — « deuxième jour »",
							Reason.STORY_LANGUAGE_UNKNOWN, "fr"));
		assertThat(progress.repaired()).isGreaterThanOrEqualTo(2);
		Long group = group("summit-opens-in-seoul-e18");
		assertThat(group).isNotNull().isEqualTo(group("se-abre-la-cumbre-en-seul-e18"));
		assertThat(group("la-cumbre-en-directo-e18")).isNull();
		assertThat(group("pionyang-responde-e18")).isNull();
		assertThat(this.jdbc.sql("select language from article where slug = ?")
			.param("la-cumbre-en-directo-e18")
			.query(String.class)
			.single()).isEqualTo("es");
	}

	@Test
	void storesNamesAndBiosPerLanguageAndReportsThoseItCannotTake() throws IOException {
		ImportProgress progress = importFixture();

		assertThat(this.sections.findBySlug("es", "peninsula-coreana-e18")).hasValueSatisfying((section) -> {
			assertThat(section.slug()).isEqualTo("peninsula-coreana-e18");
			assertThat(section.name()).isEqualTo("Península — «las dos Coreas»");
			assertThat(section.description()).isEqualTo("Seúl y Pionyang, “día a día”");
		});
		assertThat(this.tags.findBySlug("es", "cumbre-de-seul-e18"))
			.hasValueSatisfying((tag) -> assertThat(tag.name()).isEqualTo("Cumbre de Seúl — «서울»"));
		assertThat(this.tags.findBySlug("es", "summit-e18"))
			.hasValueSatisfying((tag) -> assertThat(tag.name()).isEqualTo("Summit"));
		assertThat(this.jdbc
			.sql("select b.bio from author_bio b join author a on a.id = b.author_id"
					+ " where a.slug = 'ji-woo-e18' and b.language = 'es'")
			.query(String.class)
			.single()).isEqualTo("Corresponsal en Seúl — «diplomacia» y señales.");
		assertThat(this.jdbc
			.sql("select count(*) from section_translation t join section s on s.id = t.section_id"
					+ " where s.slug = 'peninsula-e18' and t.language = 'fr'")
			.query(Long.class)
			.single()).isZero();
		assertThat(progress.issues()).filteredOn((issue) -> issue.entry() != Entry.POST)
			.extracting(ImportIssue::outcome, ImportIssue::entry, ImportIssue::title, ImportIssue::reason,
					ImportIssue::detail)
			.containsExactly(tuple(Outcome.SKIPPED, Entry.CATEGORY, "Peninsula", Reason.UNKNOWN_LANGUAGE, "fr"), tuple(
					Outcome.SKIPPED, Entry.TAG, "Summit", Reason.TRANSLATION_SLUG_REFUSED, "es: cumbre-de-seul-e18"));
	}

	@Test
	void keepsTheNamesASectionHasAlreadyWhenTheSameExportIsImportedAgain() throws IOException {
		importFixture();
		this.jdbc.sql("update section_translation set name = 'Península (editada)' where slug = ?")
			.param("peninsula-coreana-e18")
			.update();
		ImportJob again = this.importer.newJob("dateline-editions.xml", 0);
		try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
			this.importer.run(again, in);
		}
		assertThat(again.progress().postsAlreadyThere()).isEqualTo(5);
		assertThat(this.sections.findBySlug("es", "peninsula-coreana-e18"))
			.hasValueSatisfying((section) -> assertThat(section.name()).isEqualTo("Península (editada)"));
	}

}
