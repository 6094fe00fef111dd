package news.dateline.media;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

import news.dateline.article.internal.Article;
import news.dateline.article.ArticleCard;
import news.dateline.article.ArticleEdit;
import news.dateline.article.ArticleLookup;
import news.dateline.article.ArticleRejectedException;
import news.dateline.article.ArticleService;
import news.dateline.article.EditorialService;
import news.dateline.article.CardImage;
import news.dateline.article.FeaturedImage;
import news.dateline.article.StoryList;
import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The media library against the real schema and media directory: who may upload, what is
 * refused (and leaves nothing behind), what is stored and served, names kept only for
 * display, descriptions, deletion, and library images featured on articles.
 */
@DatabaseTest
class MediaServiceTests {

	@Autowired
	MediaService media;

	@Autowired
	MediaProperties properties;

	@Autowired
	TestStaff staff;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	EditorialService editorial;

	@Autowired
	ArticleService articles;

	@Autowired
	EntityManager entityManager;

	@BeforeEach
	void setUp() {
		this.clock.reset();
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private static MediaUpload upload(String name, byte[] bytes) {
		return new MediaUpload(name, bytes, new MediaDetails("Fishing boats in Busan harbour", "Dawn in Busan", "AP"));
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from media_item").query(Long.class).single();
	}

	private long storedDirectories() throws IOException {
		if (!Files.isDirectory(this.properties.dir())) {
			return 0;
		}
		try (var list = Files.list(this.properties.dir())) {
			return list.count();
		}
	}

	private void assertRefused(MediaUpload upload, String field, String key) throws IOException {
		long rowsBefore = rows();
		long directoriesBefore = storedDirectories();
		assertThatExceptionOfType(FieldRejectedException.class).isThrownBy(() -> this.media.upload(upload))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
		assertThat(rows()).isEqualTo(rowsBefore);
		assertThat(storedDirectories()).isEqualTo(directoriesBefore);
	}

	@Test
	void authorUploadsAnImageAndItsVariantsAreStoredAndServed() throws IOException {
		var author = this.staff.signIn(Role.AUTHOR);
		Long id = this.media.upload(upload("harbour.jpg", TestImages.jpeg(1800, 1200)));
		MediaView view = this.media.view(id);
		assertThat(view.displayName()).isEqualTo("harbour.jpg");
		assertThat(view.alt()).isEqualTo("Fishing boats in Busan harbour");
		assertThat(view.caption()).isEqualTo("Dawn in Busan");
		assertThat(view.credit()).isEqualTo("AP");
		assertThat(view.uploadedBy()).isEqualTo(author.displayName());
		assertThat(view.uploadedAt()).isEqualTo(MutableClock.START);
		assertThat(view.format()).isEqualTo("JPEG");
		assertThat(
				this.jdbc.sql("select uploaded_by from media_item where id = ?").param(id).query(Long.class).single())
			.isEqualTo(author.userId());
		assertThat(view.url()).matches("/media/[0-9a-f]{32}/1600\\.jpg");
		String key = view.url().split("/")[2];
		for (int width : new int[] { 400, 800, 1200, 1600 }) {
			MediaFile file = this.media.file(key, width + ".jpg");
			assertThat(file.contentType()).isEqualTo("image/jpeg");
			assertThat(file.fileName()).isEqualTo("harbour-" + width + ".jpg");
			assertThat(file.path()).startsWith(this.properties.dir().toAbsolutePath().normalize());
			assertThat(ImageFormat.sniff(Files.readAllBytes(file.path()))).contains(ImageFormat.JPEG);
		}
		assertThatExceptionOfType(MediaNotFoundException.class).isThrownBy(() -> this.media.file(key, "1600.png"));
		assertThatExceptionOfType(MediaNotFoundException.class).isThrownBy(() -> this.media.file(key, "999.jpg"));
		assertThatExceptionOfType(MediaNotFoundException.class)
			.isThrownBy(() -> this.media.file("0".repeat(32), "400.jpg"));
		assertThatExceptionOfType(MediaNotFoundException.class).isThrownBy(() -> this.media.file("..", "400.jpg"));
	}

	@Test
	void contributorsCannotUploadAndNothingIsStored() throws IOException {
		this.staff.signIn(Role.CONTRIBUTOR);
		long before = rows();
		long directories = storedDirectories();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.media.upload(upload("harbour.jpg", TestImages.jpeg(100, 100))));
		assertThat(rows()).isEqualTo(before);
		assertThat(storedDirectories()).isEqualTo(directories);
		TestStaff.signOut();
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.media.upload(upload("harbour.jpg", TestImages.jpeg(100, 100))));
	}

	@Test
	void refusesWhatIsNotAnImageWhateverItsNameAndStoresNothing() throws IOException {
		this.staff.signIn(Role.EDITOR);
		assertRefused(upload("drawing.svg", TestImages.svgWithScript()), "file", "media.file.type");
		assertRefused(upload("photo.png", TestImages.html()), "file", "media.file.type");
		assertRefused(upload("photo.png", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII)), "file", "media.file.type");
		assertRefused(upload("empty.jpg", new byte[0]), "file", "media.file.empty");
		assertRefused(upload("cut.jpg", TestImages.truncated(TestImages.jpeg(600, 400))), "file",
				"media.file.unreadable");
		assertRefused(upload("bomb.png", TestImages.pixelBomb()), "file", "media.file.too-many-pixels");
		byte[] oversized = new byte[(int) this.properties.maxFileSize().toBytes() + 1];
		System.arraycopy(TestImages.jpeg(10, 10), 0, oversized, 0, 100);
		assertRefused(upload("huge.jpg", oversized), "file", "media.file.too-large");
		assertRefused(new MediaUpload("harbour.jpg", TestImages.jpeg(50, 50), new MediaDetails(" ", "", "")), "alt",
				"media.alt.required");
	}

	@Test
	void polyglotIsServedWithoutItsPayload() throws IOException {
		this.staff.signIn(Role.AUTHOR);
		Long id = this.media.upload(upload("cat.gif", TestImages.withPayload(TestImages.gif(300, 200))));
		MediaView view = this.media.view(id);
		assertThat(view.url()).endsWith("/300.png");
		MediaFile file = this.media.file(view.url().split("/")[2], "300.png");
		assertThat(file.contentType()).isEqualTo("image/png");
		assertThat(new String(Files.readAllBytes(file.path()), StandardCharsets.ISO_8859_1)).doesNotContain("<script")
			.doesNotContain("<html");
	}

	@Test
	void keepsOnlyASafeDisplayNameOfTheUploadedFile() {
		this.staff.signIn(Role.AUTHOR);
		Long traversal = this.media.upload(upload("../../etc/passwd.png", TestImages.png(50, 50, false)));
		assertThat(this.media.view(traversal).displayName()).isEqualTo("passwd.png");
		Long windows = this.media
			.upload(upload("C:\\Users\\ana\\..\\evil\u0000name.png", TestImages.png(50, 50, false)));
		assertThat(this.media.view(windows).displayName()).isEqualTo("evilname.png");
		Long hidden = this.media.upload(upload("...", TestImages.png(50, 50, false)));
		assertThat(this.media.view(hidden).displayName()).isEqualTo("image");
		Long longName = this.media.upload(upload("a".repeat(5000) + ".png", TestImages.png(50, 50, false)));
		assertThat(this.media.view(longName).displayName()).hasSize(FileNames.MAX_DISPLAY_LENGTH).endsWith(".png");
		assertThat(FileNames.asciiBase("Café <script> \"x\"; déjà vu.png")).isEqualTo("cafe-script-x-deja-vu");
		assertThat(FileNames.asciiBase("東京.jpg")).isEqualTo("image");
	}

	@Test
	void descriptionsCanBeChangedAndAStaleFormIsRefused() {
		this.staff.signIn(Role.AUTHOR);
		Long id = this.media.upload(upload("harbour.jpg", TestImages.jpeg(100, 100)));
		long version = this.media.editing(id).version();
		this.media.update(id, version, new MediaDetails("Boats at dawn", "", "Reuters"));
		assertThat(this.media.view(id).alt()).isEqualTo("Boats at dawn");
		assertThat(this.media.view(id).caption()).isNull();
		assertThat(this.media.view(id).credit()).isEqualTo("Reuters");
		this.entityManager.flush();
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.media.update(id, version, new MediaDetails("Older", "", "")));
	}

	@Test
	void searchFindsImagesByAltTextCaptionOrFileName() {
		this.staff.signIn(Role.AUTHOR);
		Long harbour = this.media.upload(upload("harbour.jpg", TestImages.jpeg(60, 40)));
		Long market = this.media.upload(new MediaUpload("stall.png", TestImages.png(60, 40, false),
				new MediaDetails("Fruit market in Seoul", "100% fresh_produce", "")));
		assertThat(this.media.page("busan", 1).items()).extracting(MediaView::id)
			.contains(harbour)
			.doesNotContain(market);
		assertThat(this.media.page("STALL", 1).items()).extracting(MediaView::id).containsExactly(market);
		assertThat(this.media.page("100%", 1).items()).extracting(MediaView::id).containsExactly(market);
		assertThat(this.media.page("%", 1).items()).extracting(MediaView::id).doesNotContain(harbour);
		assertThat(this.media.page(null, 1).items()).extracting(MediaView::id).startsWith(market, harbour);
		assertThat(this.media.page(null, -5).page()).isEqualTo(1);
	}

	@Test
	void featuredImageFromTheLibraryGetsItsVariantsAndTheLibrarysDescription() {
		this.staff.signIn(Role.EDITOR);
		Long id = this.media.upload(upload("harbour.jpg", TestImages.jpeg(1300, 650)));
		String url = this.media.view(id).url();
		var story = this.data.story("Boats return to Busan", this.data.section("World"),
				this.data.author("Mina Park", "ports"), List.of(this.data.wire("AP")), Duration.ofHours(1));
		ArticleEdit edit = this.editorial.editor(story.id()).edit();
		this.editorial.update(story.id(), withImage(edit, url, "", "My caption"));
		FeaturedImage image = ((ArticleLookup.Found) this.articles.lookup(story.slug())).article().image();
		assertThat(image.url()).isEqualTo(url);
		assertThat(url).endsWith("/1300.jpg");
		assertThat(image.alt()).isEqualTo("Fishing boats in Busan harbour");
		assertThat(image.caption()).isEqualTo("My caption");
		assertThat(image.credit()).isEqualTo("AP");
		assertThat(image.width()).isEqualTo(1300);
		assertThat(image.height()).isEqualTo(650);
		assertThat(image.srcset()).contains("/400.jpg 400w", "/800.jpg 800w", "/1200.jpg 1200w", "/1300.jpg 1300w");

		assertThatExceptionOfType(RuleViolationException.class).isThrownBy(() -> this.media.delete(id))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("media.delete.in-use"));
		assertThat(this.media.view(id).id()).isEqualTo(id);

		ArticleEdit stored = this.editorial.editor(story.id()).edit();
		this.editorial.update(story.id(), withImage(stored, "https://example.org/boats.jpg", "Boats", ""));
		FeaturedImage external = ((ArticleLookup.Found) this.articles.lookup(story.slug())).article().image();
		assertThat(external.url()).isEqualTo("https://example.org/boats.jpg");
		assertThat(external.srcset()).isNull();
		this.media.delete(id);
		assertThatExceptionOfType(MediaNotFoundException.class).isThrownBy(() -> this.media.view(id));

		ArticleEdit again = this.editorial.editor(story.id()).edit();
		assertThatExceptionOfType(ArticleRejectedException.class)
			.isThrownBy(() -> this.editorial.update(story.id(), withImage(again, url, "Boats", "")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("imageUrl"));
	}

	@Test
	void storyCardsCarryTheirLibraryImageReadInOneQueryForTheWholeList() {
		this.staff.signIn(Role.EDITOR);
		SectionView section = this.data.section("Sociedad");
		String author = this.data.author("Jiménez Sofía", "ciudad");
		List<String> wires = List.of(this.data.wire("EFE"));
		for (int i = 0; i < 4; i++) {
			Long id = this.media.upload(upload("plaza-" + i + ".jpg", TestImages.jpeg(900, 600)));
			var story = this.data.story("Madrid «respira» — día " + i, section, author, wires,
					Duration.ofMinutes(10 + i));
			this.editorial.update(story.id(), withImage(this.editorial.editor(story.id()).edit(),
					this.media.view(id).url(), "Plaza nº " + i, ""));
		}
		this.data.story("Sin foto: un breve 🗞", section, author, wires, Duration.ofMinutes(1));
		this.entityManager.flush();
		this.entityManager.clear();
		Statistics statistics = this.entityManager.getEntityManagerFactory()
			.unwrap(SessionFactory.class)
			.getStatistics();
		statistics.clear();
		List<ArticleCard> cards = this.articles.list(StoryList.section(section.id()), null, null).cards();
		assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
		assertThat(statistics.getEntityStatistics(Article.class.getName()).getLoadCount()).isZero();
		assertThat(cards.get(0).image()).isNull();
		CardImage image = cards.get(1).image();
		assertThat(image.alt()).isEqualTo("Plaza nº 0");
		assertThat(image.width()).isEqualTo(900);
		assertThat(image.height()).isEqualTo(600);
		assertThat(image.src()).endsWith("/900.jpg");
		assertThat(image.srcset()).contains("/400.jpg 400w", "/800.jpg 800w", "/900.jpg 900w");
		assertThat(cards.subList(1, cards.size())).allSatisfy((card) -> assertThat(card.image()).isNotNull());
	}

	@Test
	void onlyEditorsDelete() {
		this.staff.signIn(Role.AUTHOR);
		Long id = this.media.upload(upload("harbour.jpg", TestImages.jpeg(100, 100)));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.media.delete(id));
		assertThat(this.media.view(id).id()).isEqualTo(id);
	}

	private static ArticleEdit withImage(ArticleEdit edit, String url, String alt, String caption) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
				edit.sectionSlug(), edit.tags(), List.copyOf(edit.bylines()), List.copyOf(edit.sources()), edit.slug(),
				edit.seoTitle(), edit.seoDescription(), url, alt, caption, "", edit.commentsOpen(), edit.version());
	}

}
