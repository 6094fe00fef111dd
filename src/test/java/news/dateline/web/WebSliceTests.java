package news.dateline.web;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import news.dateline.article.EditionNames;
import news.dateline.article.ArticleCard;
import news.dateline.article.CardImage;
import news.dateline.article.FrontPins;
import news.dateline.article.ArticlePreviews;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleView;
import news.dateline.audit.AuditLog;
import news.dateline.article.ArticleBulkService;
import news.dateline.article.ArticleFinder;
import news.dateline.article.AutosaveService;
import news.dateline.article.BodyPreview;
import news.dateline.article.ArticleTranslations;
import news.dateline.article.DeskNotes;
import news.dateline.article.CorrectionService;
import news.dateline.article.EditorialService;
import news.dateline.article.RevisionService;
import news.dateline.article.ArticleViewCounter;
import news.dateline.author.AuthorLink;
import news.dateline.author.AuthorService;
import news.dateline.author.AuthorView;
import news.dateline.comment.CommentModeration;
import news.dateline.comment.CommentService;
import news.dateline.comment.CommentThread;
import news.dateline.comment.ModerationSettingsService;
import news.dateline.feed.FeedWriter;
import news.dateline.media.MediaService;
import news.dateline.feed.SitemapSettings;
import news.dateline.feed.SitemapWriter;
import news.dateline.report.ErrorReportService;
import news.dateline.search.SearchIndexer;
import news.dateline.search.SearchService;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.security.SecurityConfiguration;
import news.dateline.security.SecurityHeaders;
import news.dateline.security.StaffAccounts;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;
import news.dateline.source.SourceView;
import news.dateline.support.MutableClock;
import news.dateline.support.TestClockConfiguration;
import news.dateline.system.EditionLocaleResolver;
import news.dateline.system.EditionSettings;
import news.dateline.system.Editions;
import news.dateline.system.Signer;
import news.dateline.system.SiteProperties;
import news.dateline.system.SiteSettings;
import news.dateline.tag.TagService;
import news.dateline.tag.TagSuggestions;
import news.dateline.transfer.TransferService;
import news.dateline.tag.TagView;
import news.dateline.user.FirstRunSetup;
import news.dateline.user.UserService;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;

/**
 * The shared slice for the public and admin controllers: MVC, security and templates,
 * with the feature services mocked. Every subclass reuses one application context (the
 * admin's slices extend it through {@code admin.AdminSliceTests}).
 */
@WebMvcTest
@EnableConfigurationProperties({ SiteProperties.class, SecurityHeaders.class, SitemapSettings.class,
		PageCacheSettings.class, EditionSettings.class })
@Import({ SecurityConfiguration.class, ArticlePage.class, CommentFormToken.class, SameOriginGuard.class,
		CommenterCookie.class, Dates.class, CardTimes.class, Signer.class, TestClockConfiguration.class,
		PageMetadata.class, StructuredData.class, FeedWriter.class, SitemapWriter.class, PageCache.class,
		MostRead.class, ShareImages.class, LivePart.class, LiveStructuredData.class, LiveFragments.class,
		Editions.class, EditionLocaleResolver.class, EditionPages.class, EditionNames.class })
public abstract class WebSliceTests {

	static final SectionView WORLD = new SectionView(2L, "world", "World", "International news");

	static final AuthorView TARUN = new AuthorView(7L, "tarun-kumar", "Tarun Kumar",
			"I'm Tarun Kumar, and I'm passionate about writing engaging content for businesses.", null,
			List.of("news", "showbiz", "technology", "travel", "food"),
			List.of(new AuthorLink("Portfolio", "https://example.org/tarun")));

	static final SourceView AP = new SourceView(3L, "ap", "AP", SourceKind.WIRE, "https://apnews.com",
			"With information from AP");

	static final String SLUG = "military-agreement-between-russia-and-north-korea-triggers-global-alerts";

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@Autowired
	CommentFormToken tokens;

	@MockitoBean
	ArticleService articles;

	@MockitoBean
	CommentService comments;

	@MockitoBean
	SectionService sections;

	@MockitoBean
	AuthorService authors;

	@MockitoBean
	TagService tags;

	@MockitoBean
	SourceService sources;

	@MockitoBean
	SiteSettings siteSettings;

	@MockitoBean
	StaffAccounts staffAccounts;

	@MockitoBean
	UserService users;

	@MockitoBean
	FirstRunSetup firstRunSetup;

	@MockitoBean
	CommentModeration moderation;

	@MockitoBean
	ModerationSettingsService moderationSettings;

	@MockitoBean
	AuditLog audit;

	@MockitoBean
	EditorialService editorial;

	@MockitoBean
	RevisionService revisions;

	@MockitoBean
	CorrectionService corrections;

	@MockitoBean
	AutosaveService autosaves;

	@MockitoBean
	ArticleFinder articleFinder;

	@MockitoBean
	ArticleBulkService articleBulk;

	@MockitoBean
	BodyPreview bodyPreview;

	@MockitoBean
	DeskNotes deskNotes;

	@MockitoBean
	ArticleTranslations translations;

	@MockitoBean
	TagSuggestions tagSuggestions;

	@MockitoBean
	ArticlePreviews previews;

	@MockitoBean
	SearchService search;

	@MockitoBean
	SearchIndexer searchIndexer;

	@MockitoBean
	ArticleViewCounter viewCounter;

	@MockitoBean
	ErrorReportService errorReports;

	@MockitoBean
	TransferService transfers;

	@MockitoBean
	MediaService media;

	@MockitoBean
	protected news.dateline.article.ArticleSyndication syndication;

	@MockitoBean
	news.dateline.mail.Outbox outbox;

	@MockitoBean
	news.dateline.mail.OutboxSender outboxSender;

	@MockitoBean
	news.dateline.user.PasswordLinks passwordLinks;

	@MockitoBean
	news.dateline.newsletter.Subscriptions subscriptions;

	@MockitoBean
	news.dateline.newsletter.Mailings mailings;

	@MockitoBean
	protected news.dateline.newsletter.BreakingAlerts breakingAlerts;

	@MockitoBean
	protected news.dateline.newsletter.Digests digests;

	@MockitoBean
	protected FrontPins frontPins;

	@MockitoBean
	protected news.dateline.article.PublicVersionService publicVersions;

	@MockitoBean
	protected news.dateline.article.ImageRightsReport imageRights;

	@MockitoBean
	protected news.dateline.live.LiveService live;

	@MockitoBean
	protected news.dateline.notification.ModeratorNotifications moderatorNotifications;

	@MockitoBean
	LiveStreams liveStreams;

	@BeforeEach
	void setUpSlice() {
		this.clock.reset();
		given(this.siteSettings.putIfAbsent(anyString(), anyString()))
			.willReturn("c2lnbmluZy1rZXktZm9yLXdlYi1zbGljZS10ZXN0cy0wMDE=");
		given(this.sections.all()).willReturn(List.of(WORLD));
		// sections, tags and bios have no names in other languages here: each edition
		// shows
		// the default edition's
		given(this.sections.localised(org.mockito.ArgumentMatchers.any(), anyString()))
			.willAnswer((call) -> call.getArgument(0));
		given(this.tags.localised(org.mockito.ArgumentMatchers.any(), anyString()))
			.willAnswer((call) -> call.getArgument(0));
		// and each is found by its one slug in every edition
		given(this.sections.findByEditionSlug(anyString(), anyString()))
			.willAnswer((call) -> java.util.Optional.ofNullable(this.sections.bySlug(call.getArgument(1))));
		given(this.tags.findByEditionSlug(anyString(), anyString()))
			.willAnswer((call) -> java.util.Optional.ofNullable(this.tags.bySlug(call.getArgument(1))));
		given(this.authors.bio(org.mockito.ArgumentMatchers.any(), anyString()))
			.willAnswer((call) -> ((news.dateline.author.AuthorView) call.getArgument(0)).bio());
		given(this.sections.localisedAll(anyList(), anyString())).willAnswer((call) -> call.getArgument(0));
		given(this.tags.localisedAll(anyList(), anyString())).willAnswer((call) -> call.getArgument(0));
		given(this.translations.languages()).willReturn(List.of("en", "es"));
		given(this.deskNotes.panel(org.mockito.ArgumentMatchers.any()))
			.willReturn(new DeskNotes.Panel(List.of(), null));
		given(this.publicVersions.links(org.mockito.ArgumentMatchers.any(), org.mockito.ArgumentMatchers.any(),
				org.mockito.ArgumentMatchers.any()))
			.willReturn(new news.dateline.article.VersionLinks(null, 0, java.util.Map.of()));
	}

	static ArticleView sampleArticle(boolean commentsOpen) {
		Instant published = MutableClock.START.minusSeconds(3600);
		return new ArticleView(42L, SLUG, "Military agreement between Russia and North Korea triggers global alerts",
				"Seoul condemns the pact.", "SEOUL.-",
				"<p><span class=\"dateline\">SEOUL.-</span> South Korea on Thursday condemned an agreement.</p>", WORLD,
				published, published, false, List.of(TARUN), List.of(AP),
				List.of(new TagView(9L, "north-korea", "North Korea")), commentsOpen, 0,
				List.of(card("Related story", "related-story")), null, null, null, List.of());
	}

	static ArticleCard card(String headline, String slug) {
		return new ArticleCard(100L + slug.length(), slug, headline, "Deck of " + headline,
				MutableClock.START.minusSeconds(7200), "world", "World",
				List.of(new ArticleCard.Byline("tarun-kumar", "Tarun Kumar")), 3, null);
	}

	static ArticleCard cardWithImage(String headline, String slug) {
		ArticleCard card = card(headline, slug);
		String key = "/media/" + "c0ffee00".repeat(4) + "/";
		return new ArticleCard(card.id(), card.slug(), card.headline(), card.deck(), card.publishedAt(),
				card.sectionSlug(), card.sectionName(), card.bylines(), card.commentCount(),
				new CardImage(key + "1600.jpg", key + "400.jpg 400w, " + key + "1600.jpg 1600w", 1600, 1067,
						"Picture for " + headline));
	}

	static CommentThread emptyThread() {
		return new CommentThread(0, List.of());
	}

}
