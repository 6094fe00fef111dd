package news.dateline.bench;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.internal.Article;
import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleTranslation;
import news.dateline.article.ArticleView;
import news.dateline.article.BodyRenderer;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentThread;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class ArchiveGeneratorTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	BodyRenderer renderer;

	@Autowired
	MutableClock clock;

	@Autowired
	ArticleService articles;

	@Autowired
	CommentService comments;

	ArchiveGenerator generator;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.generator = new ArchiveGenerator(this.jdbc, this.transactions, this.renderer, this.clock);
	}

	@Test
	void fillsEveryTableAtTheChosenScale() {
		Map<String, Long> before = counts();
		ArchiveGenerator.Summary summary = this.generator.generate(ArchiveScale.TINY, 1);
		Map<String, Long> after = counts();
		long spanish = summary.rows().get("article") - ArchiveScale.TINY.articles();
		assertThat(after.get("article") - before.get("article")).isEqualTo(ArchiveScale.TINY.articles() + spanish);
		assertThat(spanish).isBetween(ArchiveScale.TINY.articles() * 15L / 100,
				ArchiveScale.TINY.articles() * 45L / 100);
		assertThat(after.get("comment") - before.get("comment"))
			.isEqualTo(ArchiveScale.TINY.comments() + ArchiveGenerator.BENCH_COMMENTS);
		assertThat(after.get("section_translation") - before.get("section_translation"))
			.isEqualTo(ArchiveScale.TINY.sections());
		assertThat(after.get("tag_translation") - before.get("tag_translation")).isEqualTo(ArchiveScale.TINY.tags());
		assertThat(after.get("author_bio") - before.get("author_bio")).isEqualTo(ArchiveScale.TINY.authors());
		assertThat(after.get("author") - before.get("author")).isEqualTo(ArchiveScale.TINY.authors());
		assertThat(after.get("section") - before.get("section")).isEqualTo(ArchiveScale.TINY.sections());
		assertThat(after.get("tag") - before.get("tag")).isEqualTo(ArchiveScale.TINY.tags());
		assertThat(after.get("article_byline") - before.get("article_byline"))
			.isGreaterThanOrEqualTo(ArchiveScale.TINY.articles());
		assertThat(after.get("article_tag") - before.get("article_tag"))
			.isGreaterThanOrEqualTo(2L * ArchiveScale.TINY.articles());
		assertThat(summary.rows().get("comment"))
			.isEqualTo(ArchiveScale.TINY.comments() + ArchiveGenerator.BENCH_COMMENTS);
	}

	@Test
	void keepsEachStoryCommentCountEqualToItsApprovedComments() {
		long first = nextArticleId();
		this.generator.generate(ArchiveScale.TINY, 2);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from article a where a.id >= ? and a.comment_count <>"
						+ " (select count(*) from comment c where c.article_id = a.id and c.status = 'APPROVED')",
				Long.class, first))
			.isZero();
		assertThat(this.jdbc.queryForObject("select count(*) from comment c join comment p on p.id = c.parent_id"
				+ " where c.article_id >= ? and (p.article_id <> c.article_id or p.status <> 'APPROVED'"
				+ " or c.depth <> p.depth + 1)", Long.class, first))
			.isZero();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from comment where article_id >= ? and parent_id is not null", Long.class, first))
			.isPositive();
	}

	@Test
	void publishesMostStoriesInThePast() {
		long first = nextArticleId();
		this.generator.generate(ArchiveScale.TINY, 3);
		long live = this.jdbc.queryForObject(
				"select count(*) from article where id >= ? and status = 'PUBLISHED' and published_at <= ?", Long.class,
				first, this.clock.instant().atOffset(ZoneOffset.UTC));
		assertThat(live).isGreaterThanOrEqualTo(ArchiveScale.TINY.articles() * 9L / 10);
	}

	@Test
	void storesTheHtmlTheBodyRendererMakesOfEachBody() {
		long first = nextArticleId();
		this.generator.generate(ArchiveScale.TINY, 4);
		List<Map<String, Object>> rows = this.jdbc
			.queryForList("select slug, headline, dateline_city, dateline_country, body_markdown, body_html, language"
					+ " from article where id >= ? order by id", first);
		assertThat(rows).filteredOn((row) -> "en".equals(row.get("language"))).hasSize(ArchiveScale.TINY.articles());
		assertThat(rows).filteredOn((row) -> "es".equals(row.get("language"))).isNotEmpty();
		for (Map<String, Object> row : rows) {
			Article article = new Article((String) row.get("slug"), (String) row.get("headline"), Clock.systemUTC());
			article.setDateline((String) row.get("dateline_city"), (String) row.get("dateline_country"));
			assertThat(row.get("body_html")).as((String) row.get("slug"))
				.isEqualTo(this.renderer.render((String) row.get("body_markdown"), article
					.datelineLabel("es".equals(row.get("language")) ? SpanishText.SPANISH : ArchiveGenerator.ENGLISH)));
		}
		assertThat(rows).extracting((row) -> (String) row.get("body_html"))
			.anyMatch((html) -> html.contains("<h2>"))
			.anyMatch((html) -> html.contains("<blockquote>"))
			.anyMatch((html) -> html.contains("<li>"));
	}

	@Test
	void filesTheBenchArticleWithTenParagraphsAndTwentyApprovedComments() {
		this.generator.generate(ArchiveScale.TINY, 5);
		ArticleLookup lookup = this.articles.lookup(ArchiveGenerator.BENCH_ARTICLE);
		assertThat(lookup).isInstanceOf(ArticleLookup.Found.class);
		ArticleView article = ((ArticleLookup.Found) lookup).article();
		assertThat(article.commentCount()).isEqualTo(ArchiveGenerator.BENCH_COMMENTS);
		assertThat(article.bylines()).hasSize(2);
		assertThat(article.tags()).hasSize(3);
		assertThat(article.related()).isNotEmpty();
		String markdown = this.jdbc.queryForObject("select body_markdown from article where slug = ?", String.class,
				ArchiveGenerator.BENCH_ARTICLE);
		assertThat(markdown.split("\n\n")).hasSize(ArchiveGenerator.BENCH_PARAGRAPHS);
		CommentThread thread = this.comments.thread(article.id(), Set.of());
		assertThat(thread.approvedCount()).isEqualTo(ArchiveGenerator.BENCH_COMMENTS);
		assertThat(thread.comments()).hasSizeLessThan(ArchiveGenerator.BENCH_COMMENTS);
		assertThat(this.articles.lookup(ArchiveGenerator.COMMENTS_ARTICLE)).isInstanceOf(ArticleLookup.Found.class);
		assertThat(this.generator.archivePresent()).isTrue();
	}

	@Test
	void filesTheBenchArticlesSpanishTranslationLikeTheOriginalWithSpanishNamesAndBios() {
		this.generator.generate(ArchiveScale.TINY, 7);
		ArticleView english = ((ArticleLookup.Found) this.articles.lookup(ArchiveGenerator.BENCH_ARTICLE)).article();
		ArticleLookup lookup = this.articles.lookup(ArchiveGenerator.BENCH_ARTICLE_ES);
		assertThat(lookup).isInstanceOf(ArticleLookup.Found.class);
		ArticleView spanish = ((ArticleLookup.Found) lookup).article();
		assertThat(spanish.language()).isEqualTo("es");
		assertThat(spanish.translations()).extracting(ArticleTranslation::slug).containsExactly(english.slug());
		assertThat(spanish.commentCount()).isEqualTo(ArchiveGenerator.BENCH_COMMENTS);
		assertThat(spanish.datelineLabel()).endsWith(".-");
		assertThat(spanish.section().name()).isEqualTo("Mundo");
		assertThat(spanish.bylines()).hasSize(2).allMatch((author) -> author.bio().contains(" informa sobre "));
		assertThat(spanish.tags()).hasSize(3).doesNotContainAnyElementsOf(english.tags());
		assertThat(spanish.related()).isNotEmpty();
		assertThat(this.comments.thread(spanish.id(), Set.of()).approvedCount())
			.isEqualTo(ArchiveGenerator.BENCH_COMMENTS);
		assertThat(SpanishText.SECTIONS).hasSameSizeAs(ArchiveText.SECTIONS);
		assertThat(SpanishText.PLACES.length).isEqualTo(ArchiveText.PLACES.length);
		assertThat(SpanishText.tagNames(5000)).doesNotHaveDuplicates();
	}

	@Test
	void givesTheFirstCommentersApprovedComments() {
		this.generator.generate(ArchiveScale.TINY, 6);
		for (int reader = 0; reader < 5; reader++) {
			assertThat(this.jdbc.queryForObject(
					"select count(*) from comment where author_email = ? and status = 'APPROVED'", Long.class,
					ArchiveGenerator.COMMENTER_EMAIL.formatted(reader)))
				.as("reader %d", reader)
				.isPositive();
		}
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new HashMap<>();
		for (String table : List.of("article", "comment", "author", "section", "tag", "article_byline", "article_tag",
				"section_translation", "tag_translation", "author_bio")) {
			counts.put(table, this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

	private long nextArticleId() {
		return this.jdbc.queryForObject("select coalesce(max(id), 0) + 1 from article", Long.class);
	}

}
