package news.dateline.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.section.SectionExports;
import news.dateline.tag.TagExports;
import news.dateline.author.AuthorExports;
import news.dateline.source.SourceExports;
import news.dateline.article.ArticleExports;
import news.dateline.comment.CommentExports;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.article.CorrectionKind;
import news.dateline.article.CorrectionService;
import news.dateline.author.AuthorLink;
import news.dateline.author.AuthorService;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.CommentThread;
import news.dateline.comment.Commenter;
import news.dateline.comment.HoldReason;
import news.dateline.comment.ImportedComment;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;
import news.dateline.support.DatabaseTest;
import news.dateline.security.Role;
import news.dateline.support.MutableClock;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;
import news.dateline.system.Signer;
import news.dateline.system.SiteProperties;
import news.dateline.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, empty the database, import the export: everything comes back as it was. Runs
 * inside the test's transaction, which is rolled back, so "emptying" touches nothing but
 * this test.
 */
@DatabaseTest
class ExportRoundTripTests {

	@Autowired
	WxrExporter exporter;

	@Autowired
	WxrImporter importer;

	@Autowired
	TestData data;

	@Autowired
	ArticleService articles;

	@Autowired
	CommentService comments;

	@Autowired
	AuthorService authors;

	@Autowired
	SectionService sections;

	@Autowired
	SourceService sources;

	@Autowired
	TagService tags;

	@Autowired
	ImportRecords records;

	@Autowired
	PostTerms postTerms;

	@Autowired
	StoryReader storyReader;

	@Autowired
	CommentImport commentImport;

	@Autowired
	MediaImport mediaImport;

	@Autowired
	Signer signer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	SiteProperties site;

	@Autowired
	EntityManager entityManager;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	CorrectionService corrections;

	@Autowired
	TestActor actor;

	@Autowired
	SectionExports sectionExports;

	@Autowired
	TagExports tagExports;

	@Autowired
	AuthorExports authorExports;

	@Autowired
	SourceExports sourceExports;

	@Autowired
	ArticleExports articleExports;

	@Autowired
	CommentExports commentExports;

	List<String> liveSlugs;

	String pactSlug;

	String mundoSlug;

	@BeforeEach
	void setUp() throws IOException {
		this.clock.reset();
		SectionView world = this.data.section("World");
		this.sections.createIfAbsent(TestData.unique("empty"), "Empty section", null, 7);
		String tarun = this.data.author("Tarun Kumar", "news", "showbiz");
		String mina = this.data.author("Mina Park", "technology");
		this.authors.createIfAbsent(TestData.unique("photo"), "Photo Desk", "Pictures.", "https://example.org/p.jpg",
				List.of(), List.of(new AuthorLink("Agency", "https://example.org/agency")));
		String ap = this.data.wire("AP");
		String reuters = TestData.unique("reuters");
		this.sources.createIfAbsent(reuters, "Reuters", SourceKind.PARTNER, null, "{name} reported");
		this.tags.findOrCreate("Unused Tag");
		this.mundoSlug = TestData.uniqueSlug("Mundo");
		this.sections.loadTranslation(world.slug(), "es", "Mundo — «internacional»", this.mundoSlug,
				"Noticias de Seúl, Bogotá y Cádiz, “al día”");
		String summit = this.tags.findOrCreate("서울 정상회담").getSlug();
		this.tags.loadTranslation(summit, "es", "Cumbre de Seúl — «서울»", TestData.uniqueSlug("Cumbre de Seúl"));
		this.authors.loadBio(mina, "es", "Corresponsal en Seúl — cubre «tecnología» y señales.\nSegunda línea & más.");
		String pactSlug = TestData.unique("pact");
		this.pactSlug = pactSlug;
		Long pact = this.articles.createPublished(
				new ArticleDraft(pactSlug, "Pact alarms Seoul", "Deck with \"quotes\"", "Seoul", "South Korea",
						"First *paragraph* with <b>html</b> & ]]> in a CDATA end.\r\n\r\nSecond.", world.slug(),
						List.of(mina, tarun), List.of(reuters, ap), List.of("North Korea", "Defence"), true),
				this.clock.instant().minus(Duration.ofHours(3)));
		this.jdbc.sql("insert into article_slug_history (slug, article_id) values (?, ?)")
			.params(TestData.unique("old-pact"), pact)
			.update();
		this.jdbc.sql("insert into legacy_redirect (path, article_id) values (?, ?)")
			.params("/2020/01/01/" + pactSlug, pact)
			.update();
		revision(pact, 1, "Pact alarms Seoul (first take)", null, "First take.\r\nWith <b>markup</b> & ]]> too.", null);
		revision(pact, 2, "Pact alarms Seoul", "Deck with \"quotes\"", "Second take.", "Mina Park");
		this.actor.actAs(5L, "Mina Park", Role.EDITOR);
		this.corrections.add(pact, CorrectionKind.CORRECTION, "An earlier version misspelt the minister's name.");
		this.clock.advance(Duration.ofMinutes(5));
		this.corrections.add(pact, CorrectionKind.EDITORS_NOTE, "Updated with <reaction> & comment\nfrom Tokyo.");
		this.actor.clear();
		String pactoSlug = TestData.unique("pacto");
		Long pacto = this.articles.createPublished(
				new ArticleDraft(pactoSlug, "El pacto alarma a Seúl — «una amenaza» 🇰🇷",
						"Entradilla con “comillas” y ñ", "Seúl", "Corea del Sur",
						"Corea del Sur **condenó** el jueves el pacto — «inaceptable».", world.slug(), List.of(mina),
						List.of(ap), List.of("Corea del Norte"), true),
				this.clock.instant().minus(Duration.ofMinutes(90)).plusNanos(250_000_000));
		this.jdbc.sql("update article set language = 'es' where id = ?").param(pacto).update();
		this.jdbc.sql("update article set translation_group = ? where id in (?, ?)").params(pact, pact, pacto).update();
		this.tags.loadTranslation(this.tags.findOrCreate("Corea del Norte").getSlug(), "es", "Corea del Norte",
				TestData.uniqueSlug("Corea del Norte"));
		TestData.Story quiet = this.data.story("Quiet day", world, tarun, Duration.ofHours(5));
		this.entityManager.flush();
		this.data.closeComments(quiet);
		Long first = comment(pact, null, "Ana Lima", "First!", CommentStatus.APPROVED, null);
		Long reply = comment(pact, first, "Ben Okafor", "A reply\nover two lines", CommentStatus.APPROVED, null);
		comment(pact, reply, "Carla Reis", "Held reply", CommentStatus.PENDING, HoldReason.FIRST_TIME_COMMENTER);
		comment(pact, null, "Spammer", "Buy now", CommentStatus.SPAM, HoldReason.BANNED_WORD);
		comment(pact, null, "Dan Tran", "Deleted", CommentStatus.TRASH, null);
		try (InputStream in = getClass().getResourceAsStream(WxrImporterTests.FIXTURE)) {
			this.importer.run(this.importer.newJob("fixture", 0), in);
		}
		this.entityManager.flush();
		this.entityManager.clear();
		this.liveSlugs = List.of(pactSlug, pactoSlug, quiet.slug(), "council-approves-harbour-budget", "storm-warning",
				"ferry-timetable-changes");
	}

	void revision(Long articleId, int number, String headline, String deck, String markdown, String savedBy) {
		this.jdbc.sql(
				"insert into article_revision (article_id, revision_number, headline, deck, body_markdown, dateline_city,"
						+ " dateline_country, saved_by, saved_by_name, saved_at, shown_at, minor_fix)"
						+ " values (?, ?, ?, ?, ?, 'Seoul', null, ?, ?, ?, ?, ?)")
			.params(articleId, number, headline, deck, markdown, (savedBy != null) ? 5L : null, savedBy,
					this.clock.instant().minus(Duration.ofHours(4 - number)).atOffset(ZoneOffset.UTC),
					this.clock.instant().minus(Duration.ofHours(4 - number)).plusMillis(1500).atOffset(ZoneOffset.UTC),
					number > 1)
			.update();
	}

	@AfterEach
	void actAsNobody() {
		this.actor.clear();
	}

	Long comment(Long articleId, Long parentId, String name, String body, CommentStatus status, HoldReason reason) {
		return this.comments.importComment(new ImportedComment(articleId, parentId,
				new Commenter(name, name.replace(' ', '.') + "@Example.com", "https://example.org/" + name.length(),
						this.signer.hashAddress(name)),
				body, this.clock.instant().minusSeconds(600 - name.length()), status, reason, null));
	}

	@Test
	void importsItsOwnExportIntoAnEmptyDatabaseWithNothingLost() throws IOException {
		Map<String, Object> before = snapshot();
		assertThat(rowsOf(before, "revisions", this.pactSlug)).hasSize(2)
			.allSatisfy((revision) -> assertThat(revision.get("shown_at")).isNotNull())
			.extracting((revision) -> revision.get("minor_fix"))
			.containsExactly(false, true);
		assertThat(rowsOf(before, "corrections", this.pactSlug)).hasSize(2);
		assertThat(before.get("sectionNames").toString()).contains("Mundo — «internacional»", "Cádiz, “al día”");
		assertThat(before.get("tagNames").toString()).contains("Cumbre de Seúl — «서울»", "Corea del Norte");
		assertThat(before.get("bios").toString()).contains("«tecnología» y señales.\nSegunda línea & más.");
		Map<String, ArticleView> viewsBefore = views();
		Map<String, CommentThread> threadsBefore = threads();
		byte[] export = export(this.exporter);

		emptyDatabase();
		assertThat(count("article")).isZero();
		ImportProgress progress = importBytes(this.importer, export);

		assertThat(progress.state()).isEqualTo(ImportJob.State.FINISHED);
		assertThat(progress.issues()).isEmpty();
		assertThat(snapshot()).usingRecursiveComparison().isEqualTo(before);
		assertThat(this.sections.findBySlug("es", this.mundoSlug))
			.hasValueSatisfying((mundo) -> assertThat(mundo.name()).isEqualTo("Mundo — «internacional»"));
		assertThat(views()).usingRecursiveComparison()
			.ignoringFieldsMatchingRegexes(".*\\bid", ".*Id")
			.isEqualTo(viewsBefore);
		assertThat(threads()).usingRecursiveComparison()
			.ignoringFieldsMatchingRegexes(".*\\bid", ".*parentId")
			.isEqualTo(threadsBefore);
	}

	@Test
	void writesAWordPressReadableDocumentWithoutCharactersXmlCannotCarry() throws IOException {
		Long pact = this.jdbc.sql("select id from article where headline = 'Pact alarms Seoul'")
			.query(Long.class)
			.single();
		comment(pact, null, "Bell Ringer", "Ding\u0007dong", CommentStatus.APPROVED, null);
		String xml = new String(export(this.exporter), StandardCharsets.UTF_8);
		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
			.contains("xmlns:wp=\"http://wordpress.org/export/1.2/\"")
			.contains("<wp:wxr_version>1.2</wp:wxr_version>")
			.contains("<wp:post_type>post</wp:post_type>")
			.contains("<wp:status>future</wp:status>")
			.contains("<wp:comment_approved>spam</wp:comment_approved>")
			.contains("<dateline:markdown>")
			.contains("<dateline:revision number=\"1\">")
			.contains("<dateline:saved-by id=\"5\">Mina Park</dateline:saved-by>")
			.contains("<dateline:shown-at>")
			.contains("<dateline:minor-fix>true</dateline:minor-fix>")
			.contains("<dateline:correction kind=\"EDITORS_NOTE\">")
			.containsPattern("<dateline:position>1</dateline:position>\\s*<dateline:translation language=\"es\">\\s*"
					+ "<dateline:name>Mundo — «internacional»</dateline:name>\\s*<dateline:slug>" + this.mundoSlug
					+ "</dateline:slug>\\s*<dateline:description>Noticias de Seúl, Bogotá y Cádiz, “al día”"
					+ "</dateline:description>\\s*</dateline:translation>\\s*</wp:category>")
			.containsPattern("<wp:tag_name>서울 정상회담</wp:tag_name>\\s*<dateline:translation language=\"es\">\\s*"
					+ "<dateline:name>Cumbre de Seúl — «서울»</dateline:name>")
			.containsPattern("<dateline:translation language=\"es\">\\s*<dateline:bio><!\\[CDATA\\[Corresponsal en Seúl"
					+ "[^<]*\\]\\]></dateline:bio>\\s*</dateline:translation>\\s*</wp:author>")
			.contains("Dingdong")
			.doesNotContain("\u0007");
	}

	@Test
	void carriesAnExtensionsDataThroughTheRoundTrip() throws IOException {
		Map<Long, String> notes = new LinkedHashMap<>();
		TransferExtension noteOnEveryStory = new TransferExtension() {

			@Override
			public Set<String> articleElements() {
				return Set.of("note");
			}

			@Override
			public ArticleWriter exportArticles(List<Long> articleIds) {
				return (articleId, out) -> {
					out.start("note");
					out.attribute("kind", "correction");
					out.element("text", "Note on " + articleId);
					out.end();
				};
			}

			@Override
			public void importArticle(Long articleId, List<XmlElement> elements) {
				XmlElement note = elements.get(0);
				notes.put(articleId, note.attribute("kind") + ": " + note.text(Wxr.DATELINE, "text"));
			}

		};
		byte[] export = export(new WxrExporter(this.transactionManager, this.site, List.of(noteOnEveryStory),
				this.clock, this.sectionExports, this.tagExports, this.authorExports, this.sourceExports,
				this.articleExports, this.commentExports));
		Long firstId = this.jdbc.sql("select min(id) from article").query(Long.class).single();
		emptyDatabase();
		WxrImporter withExtension = new WxrImporter(
				new ChannelImport(this.authors, this.sections, this.tags, this.sources, this.postTerms,
						this.transactions, List.of(noteOnEveryStory)),
				new PostImport(this.articles, this.storyReader, this.commentImport, this.mediaImport, this.records,
						this.transactions, this.entityManager, List.of(noteOnEveryStory), this.clock),
				this.mediaImport, this.clock);
		importBytes(withExtension, export);
		assertThat(notes).hasSize((int) count("article")).containsValue("correction: Note on " + firstId);
	}

	byte[] export(WxrExporter exporter) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		exporter.export(out);
		return out.toByteArray();
	}

	ImportProgress importBytes(WxrImporter importer, byte[] export) {
		ImportJob job = importer.newJob("export.xml", export.length);
		importer.run(job, new ByteArrayInputStream(export));
		return job.progress();
	}

	void emptyDatabase() {
		this.entityManager.flush();
		for (String table : List.of("section_translation", "tag_translation", "author_bio", "comment", "article_byline",
				"article_source", "article_tag", "article_slug_history", "legacy_redirect", "article", "author_beat",
				"author_link", "author", "section", "tag", "source", "import_record")) {
			this.jdbc.sql("delete from " + table).update();
		}
		this.entityManager.clear();
	}

	long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	Map<String, ArticleView> views() {
		Map<String, ArticleView> views = new LinkedHashMap<>();
		for (String slug : this.liveSlugs) {
			views.put(slug, ((ArticleLookup.Found) this.articles.lookup(slug)).article());
		}
		return views;
	}

	Map<String, CommentThread> threads() {
		Map<String, CommentThread> threads = new LinkedHashMap<>();
		for (ArticleView view : views().values()) {
			threads.put(view.slug(), this.comments.thread(view.id(), List.of()));
		}
		return threads;
	}

	/**
	 * Every stored row that matters, without ids, keyed by what identifies it to a
	 * person.
	 */
	Map<String, Object> snapshot() {
		Map<String, Object> all = new LinkedHashMap<>();
		all.put("sections", rows("select slug, name, description, position from section order by slug"));
		all.put("tags", rows("select slug, name from tag order by slug"));
		all.put("sectionNames", rows("select s.slug as section, t.language, t.name, t.slug, t.description"
				+ " from section_translation t join section s on s.id = t.section_id order by s.slug, t.language"));
		all.put("tagNames", rows("select g.slug as tag, t.language, t.name, t.slug from tag_translation t"
				+ " join tag g on g.id = t.tag_id order by g.slug, t.language"));
		all.put("bios", rows("select a.slug as author, b.language, b.bio from author_bio b"
				+ " join author a on a.id = b.author_id order by a.slug, b.language"));
		all.put("sources", rows("select slug, name, kind, url, attribution_template from source order by slug"));
		all.put("authors", rows("select slug, name, bio, photo_url from author order by slug"));
		all.put("beats", rows("select a.slug, b.position, b.beat from author_beat b join author a on a.id = b.author_id"
				+ " order by a.slug, b.position"));
		all.put("links", rows("select a.slug, l.position, l.label, l.url from author_link l join author a"
				+ " on a.id = l.author_id order by a.slug, l.position"));
		all.put("articles",
				rows("select a.slug, a.headline, a.deck, a.dateline_city, a.dateline_country,"
						+ " a.body_markdown, a.body_html, s.slug as section, a.status, a.published_at, a.updated_at,"
						+ " a.created_at, a.comments_open, a.comment_count, a.language,"
						+ " (select o.slug from article o where o.id = a.translation_group) as translation_of"
						+ " from article a left join section s on s.id = a.section_id" + " order by a.slug"));
		all.put("bylines", rows("select a.slug, b.position, au.slug as author from article_byline b"
				+ " join article a on a.id = b.article_id join author au on au.id = b.author_id order by a.slug, b.position"));
		all.put("credits", rows("select a.slug, x.position, so.slug as source from article_source x"
				+ " join article a on a.id = x.article_id join source so on so.id = x.source_id order by a.slug, x.position"));
		all.put("tagging", rows("select a.slug, t.slug as tag from article_tag x join article a on a.id = x.article_id"
				+ " join tag t on t.id = x.tag_id order by a.slug, t.slug"));
		all.put("oldSlugs", rows("select h.slug, a.slug as article from article_slug_history h"
				+ " join article a on a.id = h.article_id order by h.slug"));
		all.put("legacy", rows("select r.path, a.slug as article from legacy_redirect r"
				+ " join article a on a.id = r.article_id order by r.path"));
		all.put("revisions",
				rows("select a.slug, r.revision_number, r.headline, r.deck, r.body_markdown, r.dateline_city,"
						+ " r.dateline_country, r.saved_by, r.saved_by_name, r.saved_at, r.shown_at, r.minor_fix"
						+ " from article_revision r"
						+ " join article a on a.id = r.article_id order by a.slug, r.revision_number"));
		all.put("corrections", rows("select a.slug, c.kind, c.note, c.created_by, c.created_by_name, c.created_at"
				+ " from article_correction c join article a on a.id = c.article_id order by a.slug, c.created_at, c.kind"));
		all.put("comments",
				rows("select a.slug as article, p.body as parent, c.depth, c.author_name, c.author_email,"
						+ " c.author_website, c.body, c.status, c.held_reason, c.ip_hash, c.created_at from comment c"
						+ " join article a on a.id = c.article_id left join comment p on p.id = c.parent_id"
						+ " order by a.slug, c.created_at, c.body"));
		return all;
	}

	@SuppressWarnings("unchecked")
	static List<Map<String, Object>> rowsOf(Map<String, Object> snapshot, String table, String slug) {
		return ((List<Map<String, Object>>) snapshot.get(table)).stream()
			.filter((row) -> slug.equals(row.get("slug")))
			.toList();
	}

	List<Map<String, Object>> rows(String sql) {
		return this.jdbc.sql(sql).query().listOfRows();
	}

}
