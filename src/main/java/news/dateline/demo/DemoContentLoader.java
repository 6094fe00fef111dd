package news.dateline.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleService;
import news.dateline.author.AuthorLink;
import news.dateline.author.AuthorService;
import news.dateline.comment.CommentService;
import news.dateline.comment.Commenter;
import news.dateline.media.LibraryImage;
import news.dateline.media.MediaDetails;
import news.dateline.media.MediaService;
import news.dateline.media.MediaUpload;
import news.dateline.section.SectionService;
import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;
import news.dateline.system.Signer;
import news.dateline.system.SiteSettings;
import news.dateline.tag.TagService;

/**
 * Loads the demo content on the first start, in one transaction, and marks it loaded so a
 * second start adds nothing: the English edition's, then the Spanish edition's (its
 * stories linked to their English originals, and the Spanish names of sections, tags and
 * sources and the authors' Spanish bios). Publication times are relative to the moment of
 * loading, so the demo site looks current.
 */
@Component
@ConditionalOnBooleanProperty(name = "dateline.demo.enabled", matchIfMissing = true)
class DemoContentLoader implements ApplicationRunner {

	static final String MARKER = "demo-content-loaded";

	static final String SAMPLE_SLUG = "military-agreement-between-russia-and-north-korea-triggers-global-alerts";

	/** The language of demo-content-es.txt's names and bios, unless a block says. */
	static final String TRANSLATIONS_LANGUAGE = "es";

	private static final Logger log = LoggerFactory.getLogger(DemoContentLoader.class);

	private final SiteSettings settings;

	private final SectionService sections;

	private final AuthorService authors;

	private final SourceService sources;

	private final ArticleService articles;

	private final CommentService comments;

	private final Signer signer;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final MediaService media;

	private final TagService tags;

	DemoContentLoader(SiteSettings settings, SectionService sections, AuthorService authors, SourceService sources,
			ArticleService articles, CommentService comments, Signer signer, TransactionTemplate transactions,
			Clock clock, MediaService media, TagService tags) {
		this.media = media;
		this.tags = tags;
		this.settings = settings;
		this.sections = sections;
		this.authors = authors;
		this.sources = sources;
		this.articles = articles;
		this.comments = comments;
		this.signer = signer;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (this.settings.get(MARKER).isPresent()) {
			return;
		}
		List<DemoBlock> blocks = new ArrayList<>(read("db/demo/demo-content.txt"));
		blocks.addAll(read("db/demo/sample-article.txt"));
		blocks.addAll(read("db/demo/demo-content-es.txt"));
		List<DemoBlock> photos = read("db/demo/photos.txt");
		int stories = this.transactions.execute((status) -> load(blocks, photos(photos)));
		log.info("Loaded the demo content: {} stories", stories);
	}

	/**
	 * The demo photographs through the media library (checked, re-encoded and resized
	 * like uploads), by the slug of the story they illustrate, with their credit and
	 * licence.
	 */
	private Map<String, LibraryImage> photos(List<DemoBlock> photos) {
		Map<String, LibraryImage> images = new HashMap<>();
		for (DemoBlock photo : photos) {
			byte[] bytes;
			try (InputStream in = new ClassPathResource("db/demo/photos/" + photo.header("file")).getInputStream()) {
				bytes = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			MediaDetails details = new MediaDetails(photo.header("alt"), photo.header("caption"),
					photo.header("credit"), photo.header("source"), photo.header("licence"), null);
			LibraryImage image = this.media.importImage(new MediaUpload(photo.header("file"), bytes, details),
					"Demo content");
			// the story credits the photographer with the licence, as CC BY asks
			images.put(photo.header("article"),
					new LibraryImage(image.id(), image.url(), image.srcset(), image.width(), image.height(),
							image.alt(), image.caption(), photo.header("credit") + " · " + photo.header("licence")));
		}
		return images;
	}

	/**
	 * Loads the blocks in order: the English file's, then the Spanish edition's, whose
	 * stories name their English originals and whose comments name their story (the
	 * English ones are on the sample article).
	 */
	private int load(List<DemoBlock> blocks, Map<String, LibraryImage> photos) {
		Instant now = this.clock.instant();
		Map<String, Long> articleIds = new HashMap<>();
		for (DemoBlock block : blocks) {
			switch (block.kind()) {
				case "section" -> this.sections.create(block.header("slug"), block.header("name"), block.body(),
						Integer.parseInt(block.header("position")));
				case "author" -> this.authors.create(block.header("slug"), block.header("name"), block.body(),
						block.list("beats"), links(block.header("links")));
				case "source" -> this.sources.create(block.header("slug"), block.header("name"),
						SourceKind.valueOf(block.header("kind")), emptyToNull(block.header("url")),
						block.header("attribution"));
				case "article" -> articleIds.put(block.header("slug"), article(block, now, photos, articleIds));
				case "section-translation", "tag-translation", "author-bio", "source-translation" -> translate(block);
				case "comment" -> {
				}
				default -> throw new IllegalStateException("Unknown demo block: " + block.kind());
			}
		}
		Map<String, Long> commentIds = new HashMap<>();
		for (DemoBlock block : blocks) {
			if (block.kind().equals("comment")) {
				Commenter commenter = new Commenter(block.header("name"), block.header("email"),
						emptyToNull(block.header("website")), this.signer.hashAddress("demo:" + block.header("email")));
				Instant at = ago(now, Duration.ofMinutes(Long.parseLong(block.header("age-minutes"))),
						commentIds.size());
				String article = block.header("article").isEmpty() ? SAMPLE_SLUG : block.header("article");
				commentIds.put(block.header("key"), this.comments.importApproved(articleIds.get(article),
						commentIds.get(block.header("parent")), commenter, block.body(), at));
			}
		}
		this.settings.putIfAbsent(MARKER, now.toString());
		return articleIds.size();
	}

	/**
	 * Files and publishes a story in its language ("en" unless it says), and links a
	 * translation with its original, whose photograph it shares.
	 */
	private Long article(DemoBlock block, Instant now, Map<String, LibraryImage> photos, Map<String, Long> articleIds) {
		String language = block.header("language").isEmpty() ? "en" : block.header("language");
		String original = block.header("translation-of");
		LibraryImage photo = photos.get(original.isEmpty() ? block.header("slug") : original);
		Instant at = ago(now, Duration.ofHours(Long.parseLong(block.header("age-hours"))), articleIds.size());
		Long id = this.articles.createPublished(draft(block), at, photo, language);
		if (!original.isEmpty()) {
			this.articles.linkTranslation(articleIds.get(original), id);
		}
		return id;
	}

	/** A section's, tag's or source's name or an author's bio in another language. */
	private void translate(DemoBlock block) {
		String language = block.header("language").isEmpty() ? TRANSLATIONS_LANGUAGE : block.header("language");
		switch (block.kind()) {
			case "section-translation" -> this.sections.loadTranslation(block.header("section"), language,
					block.header("name"), block.header("slug"), block.body());
			case "tag-translation" ->
				this.tags.loadTranslation(block.header("tag"), language, block.header("name"), block.header("slug"));
			case "author-bio" -> this.authors.loadBio(block.header("author"), language, block.body());
			default -> this.sources.translate(block.header("source"), language, block.header("name"),
					block.header("attribution"));
		}
	}

	/**
	 * The time {@code age} before now, moved by a fraction of a second that differs from
	 * item to item, as the times of stories and comments written by people are.
	 */
	private static Instant ago(Instant now, Duration age, int item) {
		return now.minus(age).minusNanos((item * 104_729L % 1_000_000L) * 1_000L);
	}

	private static ArticleDraft draft(DemoBlock block) {
		String[] dateline = block.header("dateline").split("\\|");
		return new ArticleDraft(block.header("slug"), block.header("headline"), block.header("deck"),
				dateline[0].trim(), (dateline.length > 1) ? dateline[1].trim() : null, block.body(),
				block.header("section"), block.list("authors"), block.list("sources"),
				block.list("tags").stream().map(DemoContentLoader::tagName).toList(),
				!"closed".equals(block.header("comments")));
	}

	/** "north-korea" -> "North Korea". */
	private static String tagName(String slug) {
		return Arrays.stream(slug.split("-"))
			.map((word) -> word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1))
			.collect(Collectors.joining(" "));
	}

	private static List<AuthorLink> links(String header) {
		List<AuthorLink> links = new ArrayList<>();
		for (String item : header.split(";")) {
			String[] parts = item.split("\\|");
			if (parts.length == 2) {
				links.add(new AuthorLink(parts[0].trim(), parts[1].trim()));
			}
		}
		return links;
	}

	private static String emptyToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static List<DemoBlock> read(String path) throws IOException {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return DemoBlock.parse(in);
		}
	}

}
