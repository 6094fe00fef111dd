package news.dateline.web;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleService;
import news.dateline.article.EditionNames;
import news.dateline.author.AuthorService;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.system.Editions;
import news.dateline.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Spanish pages read their names and bios per page, not per item: a story with four
 * tags and three bylines costs the same statements as one with one of each, and the
 * sections' names come from the one cache of them. Counted by H2's statement statistics
 * (every statement, Hibernate's and plain JDBC's alike), so only on H2.
 */
@DatabaseTest
class EditionPageStatementsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleService articles;

	@Autowired
	SectionService sections;

	@Autowired
	TagService tags;

	@Autowired
	AuthorService authors;

	@Autowired
	EditionNames names;

	@Autowired
	Editions editions;

	@Autowired
	DataSource dataSource;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	private SectionView section;

	private String sectionName;

	@BeforeEach
	void spanishSection() {
		this.clock.set(MutableClock.START.plus(Duration.ofDays(3917)));
		this.section = this.data.section("World");
		this.sectionName = TestData.unique("Mundo — «Corea»");
		this.sections.loadTranslation(this.section.slug(), "es", this.sectionName, TestData.uniqueSlug("mundo"),
				"Noticias del mundo");
	}

	@Test
	void spanishArticlePageReadsTagNamesAndBiosInOneStatementEachWhateverTheirNumber() throws Exception {
		TestData.Story few = spanishStory(1, 1);
		TestData.Story many = spanishStory(3, 4);
		this.entityManager.flush();
		this.entityManager.clear();
		render("/es/articles/" + few.slug()); // the sections' names are read once, here
		Map<String, Long> fewStatements = statementsToRender("/es/articles/" + few.slug());
		Map<String, Long> manyStatements = statementsToRender("/es/articles/" + many.slug());
		assertThat(total(manyStatements)).isEqualTo(total(fewStatements));
		assertThat(on(manyStatements, "tag_translation")).isEqualTo(1);
		assertThat(on(manyStatements, "author_bio")).isEqualTo(1);
		assertThat(on(manyStatements, "section_translation")).isZero();
		assertThat(render("/es/articles/" + many.slug())).contains("Biografía de Ñúñez 3 — «reportera»")
			.contains("etiqueta-3 «Seúl»")
			.contains(this.sectionName);
	}

	@Test
	void spanishHomePageReadsNoNamesPerStory() throws Exception {
		spanishStory(3, 4);
		spanishStory(2, 2);
		this.entityManager.flush();
		this.entityManager.clear();
		render("/es/");
		Map<String, Long> statements = statementsToRender("/es/");
		assertThat(on(statements, "tag_translation") + on(statements, "author_bio")
				+ on(statements, "section_translation"))
			.isZero();
	}

	@Test
	void sectionNamesAreKeptOncePerEditionUntilASectionsNameChanges() {
		var spanish = this.editions.byCode("es").orElseThrow();
		assertThat(this.names.navigation(spanish)).extracting(SectionView::name).contains(this.sectionName);
		assertThat(this.names.sectionsBySlug(spanish).get(this.section.slug()).name()).isEqualTo(this.sectionName);
		assertThat(this.names.navigation(this.editions.defaultEdition())).extracting(SectionView::name)
			.contains("World")
			.doesNotContain(this.sectionName);
		String renamed = TestData.unique("Mundo y Asia — “nuevo” 🌏");
		this.sections.loadTranslation(this.section.slug(), "es", renamed, TestData.uniqueSlug("mundo"), null);
		assertThat(this.names.navigation(spanish)).extracting(SectionView::name)
			.contains(renamed)
			.doesNotContain(this.sectionName);
		assertThat(this.names.sectionsBySlug(spanish).get(this.section.slug()).name()).isEqualTo(renamed);
		assertThat(this.names.section(this.section, "es").name()).isEqualTo(renamed);
	}

	/**
	 * A Spanish story with this many bylines and tags, each named and with a bio in
	 * Spanish.
	 */
	private TestData.Story spanishStory(int bylines, int tagCount) {
		List<String> authorSlugs = new ArrayList<>();
		for (int i = 1; i <= bylines; i++) {
			String slug = this.data.author("José Ñúñez " + i, "news");
			this.authors.loadBio(slug, "es", "Biografía de Ñúñez " + i + " — «reportera»");
			authorSlugs.add(slug);
		}
		List<String> tagNames = new ArrayList<>();
		for (int i = 1; i <= tagCount; i++) {
			String tag = TestData.uniqueSlug("korea " + i);
			tagNames.add(tag);
		}
		String slug = TestData.unique("historia");
		this.articles.createPublished(new ArticleDraft(slug, "«El pacto» alarma a Seúl — y a Tokio", null, "Seúl",
				"Corea del Sur", "Primer párrafo.\n\nSegundo párrafo.", this.section.slug(), authorSlugs, List.of(),
				tagNames, true), this.clock.instant().minus(Duration.ofMinutes(5)), null, "es");
		for (int i = 1; i <= tagCount; i++) {
			this.tags.loadTranslation(tagNames.get(i - 1), "es", "etiqueta-" + i + " «Seúl» " + tagNames.get(i - 1),
					TestData.uniqueSlug("etiqueta " + i));
		}
		return new TestData.Story(null, slug);
	}

	private String render(String path) throws Exception {
		return this.mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	/** The statements each table's name appears in while the page renders, by table. */
	private Map<String, Long> statementsToRender(String path) throws Exception {
		this.entityManager.clear(); // the test's transaction, which the page joins, must
									// not hold what it reads
		try (Connection connection = this.dataSource.getConnection(); Statement sql = connection.createStatement()) {
			assumeTrue(connection.getMetaData().getURL().startsWith("jdbc:h2:"), "H2's statement statistics");
			sql.execute("SET QUERY_STATISTICS FALSE");
			sql.execute("SET QUERY_STATISTICS TRUE");
			try {
				render(path);
				return counts(sql);
			}
			finally {
				sql.execute("SET QUERY_STATISTICS FALSE");
			}
		}
	}

	private static Map<String, Long> counts(Statement sql) throws SQLException {
		Map<String, Long> counts = new HashMap<>();
		try (ResultSet rows = sql
			.executeQuery("select sql_statement, execution_count from information_schema.query_statistics")) {
			while (rows.next()) {
				String statement = rows.getString(1).toLowerCase(java.util.Locale.ROOT);
				if (!statement.contains("query_statistics")) {
					counts.merge("", rows.getLong(2), Long::sum);
					for (String table : List.of("tag_translation", "author_bio", "section_translation")) {
						if (statement.contains(table)) {
							counts.merge(table, rows.getLong(2), Long::sum);
						}
					}
				}
			}
		}
		return counts;
	}

	private static long total(Map<String, Long> counts) {
		return counts.getOrDefault("", 0L);
	}

	private static long on(Map<String, Long> counts, String table) {
		return counts.getOrDefault(table, 0L);
	}

}
