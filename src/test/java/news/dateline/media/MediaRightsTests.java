package news.dateline.media;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleSyndication;
import news.dateline.article.EditorialService;
import news.dateline.article.ExpiredImageStory;
import news.dateline.article.FeaturedImage;
import news.dateline.article.ImageRightsReport;
import news.dateline.article.StoryList;
import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Image rights with a clock: credit, source and licence are kept; from the expiry moment
 * every surface shows the neutral placeholder, the old URL answers not found, the caches
 * are told once, and the story is flagged for editors.
 */
@DatabaseTest
@RecordApplicationEvents
class MediaRightsTests {

	@Autowired
	MediaService media;

	@Autowired
	TestStaff staff;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@Autowired
	EditorialService editorial;

	@Autowired
	ArticleService articles;

	@Autowired
	ImageRightsReport report;

	@Autowired
	ArticleSyndication syndication;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	jakarta.persistence.EntityManager entityManager;

	@BeforeEach
	void setUp() {
		this.clock.reset();
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	@Test
	void anExpiredImageIsReplacedEverywhereAndNoLongerServed() {
		this.staff.signIn(Role.EDITOR);
		Long id = this.media.upload(new MediaUpload("muelle.jpg", TestImages.jpeg(1800, 1200),
				new MediaDetails("Barcas en el muelle de Busan", "Amanecer — «el puerto»", "Kim Min-ji")));
		Instant expiry = this.clock.instant().plus(Duration.ofDays(2));
		long version = this.media.editing(id).version();
		this.media.update(id, version, new MediaDetails("Barcas en el muelle de Busan", "Amanecer — «el puerto»",
				"Kim Min-ji", "Agencia 🛰", "CC BY 4.0", expiry));
		MediaDetails stored = this.media.editing(id).value();
		assertThat(stored.source()).isEqualTo("Agencia 🛰");
		assertThat(stored.licence()).isEqualTo("CC BY 4.0");
		assertThat(stored.rightsExpireAt()).isEqualTo(expiry);

		String url = this.media.view(id).url();
		String key = url.split("/")[2];
		SectionView section = this.data.section("Mundo");
		var story = this.data.story("Barcas vuelven a Busan 🚢", section, this.data.author("Mina Park", "puertos"),
				List.of(this.data.wire("AP")), Duration.ofHours(1));
		ArticleEdit edit = this.editorial.editor(story.id()).edit();
		String body = edit.body() + "\n\n![Barcas — «el puerto» 🚢](" + url + ")\n";
		this.editorial.update(story.id(), withImage(edit, body, url));
		assertThat(page(story.slug()).url()).isEqualTo(url);
		assertThat(body(story.slug())).contains(url);
		assertThat(feedBody(section, story.id())).contains(url);
		assertThat(this.media.file(key, "1600.jpg").rightsExpireAt()).isEqualTo(expiry);
		assertThat(this.media.announceExpired()).isZero();
		assertThat(this.report.storiesWithExpiredImages()).extracting(ExpiredImageStory::id).doesNotContain(story.id());

		this.clock.set(expiry);
		FeaturedImage placeholder = page(story.slug());
		assertThat(placeholder.url()).isEqualTo(LibraryImage.UNAVAILABLE_URL);
		assertThat(placeholder.alt()).isEmpty();
		assertThat(placeholder.credit()).isNull();
		assertThat(body(story.slug())).doesNotContain("/media/" + key)
			.contains("<img src=\"" + LibraryImage.UNAVAILABLE_URL + "\" alt=\"Image no longer available\"");
		assertThat(feedBody(section, story.id())).doesNotContain("/media/" + key)
			.contains(LibraryImage.UNAVAILABLE_URL);
		ArticleCard card = this.articles.list(StoryList.section(section.id()), null, null)
			.cards()
			.stream()
			.filter((found) -> found.id().equals(story.id()))
			.findFirst()
			.orElseThrow();
		assertThat(card.image().src()).isEqualTo(LibraryImage.UNAVAILABLE_URL);
		assertThat(card.image().alt()).isEmpty();
		assertThat(this.articles.liveImages(List.of(story.id())).get(story.id()).src())
			.isEqualTo(LibraryImage.UNAVAILABLE_URL);
		assertThatExceptionOfType(MediaNotFoundException.class).isThrownBy(() -> this.media.file(key, "1600.jpg"));
		assertThat(this.report.storiesWithExpiredImages()).extracting(ExpiredImageStory::id).contains(story.id());

		this.events.clear();
		assertThat(this.media.announceExpired()).isEqualTo(1);
		assertThat(this.events.stream(ContentChanged.class)).singleElement()
			.satisfies((changed) -> assertThat(changed.keys()).contains(ContentKeys.media(key), ContentKeys.FEEDS));
		assertThat(this.media.announceExpired()).isZero();
	}

	@Test
	void theExpiredImagesBlockFindsTheNewestStoriesAmongThousandsOfLapsedImages() {
		this.staff.signIn(Role.EDITOR);
		Instant lapsed = this.clock.instant().minus(Duration.ofDays(1));
		String run = Long.toString(System.nanoTime(), 36);
		for (int i = 0; i < 1_200; i++) {
			this.jdbc
				.sql("insert into media_item (storage_key, display_name, source_format, served_format, width, height,"
						+ " byte_size, alt_text, uploaded_by_name, uploaded_at, rights_expire_at)"
						+ " values (?, ?, 'jpeg', 'jpeg', 1600, 900, 1000, 'Faro de Busan', 'Kim Min-ji', ?, ?)")
				.params(run + "-" + i, "faro-" + i + "-🛰.jpg", java.sql.Timestamp.from(lapsed),
						java.sql.Timestamp.from(lapsed))
				.update();
		}
		List<Long> ids = this.jdbc.sql("select id from media_item where storage_key like ? order by id")
			.param(run + "-%")
			.query(Long.class)
			.list();
		SectionView section = this.data.section("Mundo");
		var author = this.data.author("Mina Park", "puertos");
		List<Long> stories = new java.util.ArrayList<>();
		int[] featured = { 3, 640, 1_150 };
		for (int i = 0; i < featured.length; i++) {
			var story = this.data.story("Faros de Busan — «la costa» " + i, section, author,
					List.of(this.data.wire("AP")), Duration.ofHours(1));
			this.jdbc.sql("update article set image_media_id = ?, updated_at = ? where id = ?")
				.params(ids.get(featured[i]),
						java.sql.Timestamp.from(this.clock.instant().plusMillis(10_000 + 250L * i).plusNanos(123_456)),
						story.id())
				.update();
			stories.add(story.id());
		}
		this.entityManager.clear();

		assertThat(this.report.storiesWithExpiredImages()).extracting(ExpiredImageStory::id)
			.startsWith(stories.get(2), stories.get(1), stories.get(0));
	}

	@Test
	void onlyEditorsSeeTheExpiredImagesBlock() {
		this.staff.signIn(Role.AUTHOR);
		assertThat(this.report.storiesWithExpiredImages()).isNull();
	}

	private FeaturedImage page(String slug) {
		return ((ArticleLookup.Found) this.articles.lookup(slug)).article().image();
	}

	private String body(String slug) {
		return ((ArticleLookup.Found) this.articles.lookup(slug)).article().bodyHtml();
	}

	private String feedBody(SectionView section, Long id) {
		return this.syndication.latestEntries(StoryList.section(section.id()), 10)
			.stream()
			.filter((entry) -> entry.id().equals(id))
			.findFirst()
			.orElseThrow()
			.bodyHtml();
	}

	private static ArticleEdit withImage(ArticleEdit edit, String body, String url) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), body,
				edit.sectionSlug(), edit.tags(), List.copyOf(edit.bylines()), List.copyOf(edit.sources()), edit.slug(),
				edit.seoTitle(), edit.seoDescription(), url, "", "", "", edit.commentsOpen(), edit.version());
	}

}
