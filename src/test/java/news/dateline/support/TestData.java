package news.dateline.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleService;
import news.dateline.author.AuthorLink;
import news.dateline.author.AuthorService;
import news.dateline.comment.CommentService;
import news.dateline.comment.Commenter;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.Slugs;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;

/**
 * Makes newsroom data for tests through the services, with unique slugs so tests that
 * commit (the browser and server tests) never collide.
 */
@TestComponent
public class TestData {

	private final SectionService sections;

	private final AuthorService authors;

	private final SourceService sources;

	private final ArticleService articles;

	private final CommentService comments;

	private final MutableClock clock;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	public TestData(SectionService sections, AuthorService authors, SourceService sources, ArticleService articles,
			CommentService comments, MutableClock clock, JdbcClient jdbc, EntityManager entityManager) {
		this.jdbc = jdbc;
		this.entityManager = entityManager;
		this.sections = sections;
		this.authors = authors;
		this.sources = sources;
		this.articles = articles;
		this.comments = comments;
		this.clock = clock;
	}

	public static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A unique slug made from a name as Dateline makes one (transliterated to lowercase
	 * ASCII), so test data is data the application could have written.
	 */
	public static String uniqueSlug(String name) {
		String slug = Slugs.of(name);
		return unique(slug.isEmpty() ? "x" : slug);
	}

	public SectionView section(String name) {
		return this.sections.create(uniqueSlug(name), name, name + " stories", 1);
	}

	public String author(String name, String... beats) {
		String slug = uniqueSlug(name);
		this.authors.create(slug, name, "Reporter " + name + ".", List.of(beats),
				List.of(new AuthorLink("Profile", "https://example.org/" + slug)));
		return slug;
	}

	public String wire(String name) {
		String slug = uniqueSlug(name);
		this.sources.create(slug, name, SourceKind.WIRE, "https://example.org/" + slug, "With information from {name}");
		return slug;
	}

	/** A story published the given time before now. */
	public Story story(String headline, SectionView section, String authorSlug, Duration age, String... tags) {
		return story(headline, section, authorSlug, List.of(), age, tags);
	}

	/**
	 * A story published the given time before now, credited to the sources with these
	 * slugs.
	 */
	public Story story(String headline, SectionView section, String authorSlug, List<String> sourceSlugs, Duration age,
			String... tags) {
		String slug = unique("story");
		Long id = this.articles.createPublished(new ArticleDraft(slug, headline, "Deck of " + headline, "Seoul",
				"South Korea", "First paragraph of " + headline + ".\n\nSecond paragraph.", section.slug(),
				List.of(authorSlug), sourceSlugs, List.of(tags), true), this.clock.instant().minus(age));
		return new Story(id, slug);
	}

	/**
	 * A story with its own deck, Markdown body and sources, published the given time
	 * before now.
	 */
	public Story story(String headline, String deck, String body, SectionView section, List<String> authorSlugs,
			List<String> sourceSlugs, Duration age, String... tags) {
		String slug = unique("story");
		Long id = this.articles.createPublished(new ArticleDraft(slug, headline, deck, "Seoul", "South Korea", body,
				section.slug(), authorSlugs, sourceSlugs, List.of(tags), true), this.clock.instant().minus(age));
		return new Story(id, slug);
	}

	/**
	 * A story of another edition ("es"), with its own Markdown body, published the given
	 * time before now.
	 */
	public Story storyIn(String language, String headline, String body, SectionView section, String authorSlug,
			Duration age) {
		String slug = unique("story");
		Long id = this.articles.createPublished(
				new ArticleDraft(slug, headline, null, "Seúl", "Corea del Sur", body, section.slug(),
						List.of(authorSlug), List.of(), List.of(), true),
				this.clock.instant().minus(age), null, language);
		return new Story(id, slug);
	}

	/**
	 * A story scheduled to go live the given time from now: published, but not live yet.
	 */
	public Story scheduled(String headline, SectionView section, String authorSlug, Duration in, String... tags) {
		return story(headline, section, authorSlug, in.negated(), tags);
	}

	/** Takes the story down, as an editor's unpublish would. */
	public void unpublish(Story story) {
		this.entityManager.flush();
		this.jdbc.sql("update article set status = 'UNPUBLISHED' where id = ?").param(story.id()).update();
		this.entityManager.clear();
	}

	public Long approvedComment(Story story, Long parentId, String name, String body) {
		return this.comments.importApproved(story.id(), parentId,
				new Commenter(name, name.toLowerCase().replace(' ', '.') + "@example.com", null, "hash-" + name), body,
				this.clock.instant().minusSeconds(60));
	}

	/** Closes the story to comments, as an editor would. */
	public void closeComments(Story story) {
		this.jdbc.sql("update article set comments_open = false where id = ?").param(story.id()).update();
		this.entityManager.clear();
	}

	public Instant now() {
		return this.clock.instant();
	}

	/** A story made for a test. */
	public record Story(Long id, String slug) {

		public String url() {
			return "/articles/" + this.slug;
		}

	}

}
