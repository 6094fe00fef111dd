package news.dateline.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleTranslation;
import news.dateline.article.ArticleView;
import news.dateline.author.AuthorService;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentThread;
import news.dateline.section.SectionService;
import news.dateline.source.SourceService;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.system.Signer;
import news.dateline.system.SiteSettings;
import news.dateline.tag.TagService;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class DemoContentLoaderTests {

	private static final String SPANISH_SAMPLE = "acuerdo-militar-entre-rusia-y-corea-del-norte-desata-alertas-mundiales";

	@Autowired
	SiteSettings settings;

	@Autowired
	SectionService sections;

	@Autowired
	AuthorService authors;

	@Autowired
	SourceService sources;

	@Autowired
	ArticleService articles;

	@Autowired
	CommentService comments;

	@Autowired
	Signer signer;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	news.dateline.media.MediaService media;

	@Autowired
	TagService tags;

	private DemoContentLoader loader() {
		return new DemoContentLoader(this.settings, this.sections, this.authors, this.sources, this.articles,
				this.comments, this.signer, this.transactions, this.clock, this.media, this.tags);
	}

	@Test
	void loadsTheSampleArticleAsWrittenWithItsThread() throws Exception {
		this.clock.reset();
		long articlesBefore = count("article");
		loader().run(new DefaultApplicationArguments());
		ArticleView sample = ((ArticleLookup.Found) this.articles.lookup(DemoContentLoader.SAMPLE_SLUG)).article();
		assertThat(sample.headline())
			.isEqualTo("Military agreement between Russia and North Korea triggers global alerts");
		assertThat(sample.bodyHtml()).startsWith(
				"<p><span class=\"dateline\">SEOUL.-</span> South Korea on Thursday condemned an agreement reached by Russia");
		assertThat(sample.bodyHtml())
			.contains("could increase the threat posed by Kim’s nuclear weapons and missile program.");
		assertThat(sample.bodyHtml().split("</p>", -1)).as("eleven paragraphs").hasSize(12);
		assertThat(sample.sourceLine()).isEqualTo("With information from AP");
		assertThat(sample.section().slug()).isEqualTo("world");
		assertThat(sample.bylines()).singleElement().satisfies((author) -> {
			assertThat(author.name()).isEqualTo("Tarun Kumar");
			assertThat(author.bio())
				.isEqualTo("I'm Tarun Kumar, and I'm passionate about writing engaging content for businesses.");
			assertThat(author.beatList()).isEqualTo("news, showbiz, technology, travel, food");
		});
		CommentThread thread = this.comments.thread(sample.id(), List.of());
		assertThat(thread.approvedCount()).isEqualTo(20);
		assertThat(thread.comments().stream().anyMatch((comment) -> !comment.replies().isEmpty())).isTrue();
		assertThat(this.sections.all()).extracting("name")
			.containsSubsequence("News", "World", "Showbiz", "Technology", "Travel", "Food");
		assertThat(count("article") - articlesBefore).isEqualTo(67);
	}

	@Test
	void storiesGetTheirPhotographsThroughTheLibraryWithCreditAndLicence() throws Exception {
		this.clock.reset();
		long mediaBefore = count("media_item");
		loader().run(new DefaultApplicationArguments());
		assertThat(count("media_item") - mediaBefore).isEqualTo(33);
		ArticleView story = ((ArticleLookup.Found) this.articles
			.lookup("hiking-the-quieter-trails-of-georgias-caucasus")).article();
		assertThat(story.image().url()).matches("/media/[0-9a-f]{32}/1600\\.jpg");
		assertThat(story.image().srcset()).contains("400w", "800w", "1600w");
		assertThat(story.image().credit()).isEqualTo("Aitzol Berasategi · CC BY 4.0");
		assertThat(story.image().alt()).isEqualTo("A dirt track across a high meadow towards snow-capped peaks");
		assertThat(this.jdbc
			.sql("select licence from media_item where credit = 'Clemens Engelhardt' order by id desc limit 1")
			.query(String.class)
			.single()).isEqualTo("CC0 1.0");
	}

	@Test
	void loadsTheSpanishEditionWithItsStoriesLinkedToTheirOriginals() throws Exception {
		this.clock.reset();
		loader().run(new DefaultApplicationArguments());
		ArticleView sample = ((ArticleLookup.Found) this.articles.lookup(DemoContentLoader.SAMPLE_SLUG)).article();
		ArticleView muestra = ((ArticleLookup.Found) this.articles.lookup(SPANISH_SAMPLE)).article();
		assertThat(muestra.language()).isEqualTo("es");
		assertThat(muestra.headline())
			.isEqualTo("Acuerdo militar entre Rusia y Corea del Norte desata alertas mundiales");
		assertThat(muestra.bodyHtml()).startsWith("<p><span class=\"dateline\">SEÚL.-</span> Corea del Sur condenó");
		assertThat(muestra.translations()).containsExactly(new ArticleTranslation("en", sample.slug(), true, true));
		assertThat(sample.language()).isEqualTo("en");
		assertThat(sample.translations()).containsExactly(new ArticleTranslation("es", SPANISH_SAMPLE, true, false));
		assertThat(this.jdbc.sql("select translation_group from article where slug in (:slugs)")
			.param("slugs", List.of(sample.slug(), SPANISH_SAMPLE))
			.query(Long.class)
			.list()).containsExactly(sample.id(), sample.id());
		assertThat(this.jdbc.sql("select count(*) from article where language = 'es' and translation_group is null")
			.query(Long.class)
			.single()).as("the Valparaíso story is Spanish only").isEqualTo(1);
		assertThat(this.comments.thread(muestra.id(), List.of()).approvedCount()).isEqualTo(3);
		assertThat(this.comments.thread(sample.id(), List.of()).approvedCount()).isEqualTo(20);
		assertThat(translated("select s.name from section_translation s join section x on x.id = s.section_id"
				+ " where x.slug = 'food' and s.language = 'es'"))
			.isEqualTo("Gastronomía");
		assertThat(translated("select t.slug from tag_translation t join tag x on x.id = t.tag_id"
				+ " where x.slug = 'north-korea' and t.language = 'es'"))
			.isEqualTo("corea-del-norte");
		assertThat(translated("select s.attribution from source_translation s join source x on x.id = s.source_id"
				+ " where x.slug = 'ap' and s.language = 'es'"))
			.isEqualTo("Con información de {name}");
		assertThat(count("author_bio where language = 'es'")).isEqualTo(6);
	}

	@Test
	void secondStartAddsNothing() throws Exception {
		loader().run(new DefaultApplicationArguments());
		long articles = count("article");
		long comments = count("comment");
		long sectionNames = count("section_translation");
		long tagNames = count("tag_translation");
		long bios = count("author_bio");
		assertThat(count("article where language = 'es'")).isEqualTo(6);
		loader().run(new DefaultApplicationArguments());
		assertThat(count("article")).isEqualTo(articles);
		assertThat(count("comment")).isEqualTo(comments);
		assertThat(count("section_translation")).isEqualTo(sectionNames);
		assertThat(count("tag_translation")).isEqualTo(tagNames);
		assertThat(count("author_bio")).isEqualTo(bios);
	}

	private String translated(String sql) {
		return this.jdbc.sql(sql).query(String.class).single();
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
