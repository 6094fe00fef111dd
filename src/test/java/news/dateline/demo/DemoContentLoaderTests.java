package news.dateline.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
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

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class DemoContentLoaderTests {

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

	private DemoContentLoader loader() {
		return new DemoContentLoader(this.settings, this.sections, this.authors, this.sources, this.articles,
				this.comments, this.signer, this.transactions, this.clock, this.media);
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
		assertThat(count("article") - articlesBefore).isEqualTo(61);
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
	void secondStartAddsNothing() throws Exception {
		loader().run(new DefaultApplicationArguments());
		long articles = count("article");
		long comments = count("comment");
		loader().run(new DefaultApplicationArguments());
		assertThat(count("article")).isEqualTo(articles);
		assertThat(count("comment")).isEqualTo(comments);
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
