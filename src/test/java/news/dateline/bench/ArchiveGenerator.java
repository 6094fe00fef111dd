package news.dateline.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.system.Edition;
import news.dateline.article.internal.Article;
import news.dateline.article.BodyRenderer;
import news.dateline.system.Slugs;

/**
 * Writes a generated archive straight into the Flyway schema with batched JDBC inserts, a
 * few hundred stories per transaction. Bodies are Markdown blocks rendered once each by
 * the app's {@link BodyRenderer} and then combined, so every story's {@code body_html} is
 * what the renderer would make of its {@code body_markdown}. Besides the archive it files
 * the two stories the load script uses: {@value #BENCH_ARTICLE} (ten paragraphs, exactly
 * twenty approved comments, some of them replies) and {@value #COMMENTS_ARTICLE} (no
 * comments yet; the comment-posting run writes there). A share of the published stories
 * have a Spanish translation (drawn from a random stream of their own, so the English
 * archive is the same with or without them), {@value #BENCH_ARTICLE_ES} among them; every
 * section and tag has a Spanish name and every author a Spanish bio.
 */
final class ArchiveGenerator {

	/** The edition of the generated stories, in its default style. */
	static final Edition ENGLISH = new Edition("en", java.util.Locale.ENGLISH, "", ".-", "edition.source-line");

	static final String BENCH_ARTICLE = "bench-article";

	static final String COMMENTS_ARTICLE = "bench-comments";

	/** The Spanish translation of {@value #BENCH_ARTICLE}, with as many comments. */
	static final String BENCH_ARTICLE_ES = "bench-article-es";

	/** Percent of the other published stories that have a Spanish translation. */
	static final int SPANISH_SHARE = 30;

	static final int BENCH_COMMENTS = 20;

	static final int BENCH_PARAGRAPHS = 10;

	/** Comments of any one story at most, so that no single story dwarfs the rest. */
	static final int MAX_COMMENTS_PER_ARTICLE = 1_500;

	/**
	 * Emails {@code reader0@example.org} upwards are commenters with approved comments.
	 */
	static final String COMMENTER_EMAIL = "reader%d@example.org";

	private static final Logger log = LoggerFactory.getLogger(ArchiveGenerator.class);

	private static final int ARTICLES_PER_TRANSACTION = 500;

	private static final int BATCH = 500;

	private static final int MAX_DEPTH = 5;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final BodyRenderer renderer;

	private final Clock clock;

	ArchiveGenerator(JdbcTemplate jdbc, TransactionTemplate transactions, BodyRenderer renderer, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.renderer = renderer;
		this.clock = clock;
	}

	/**
	 * Fills the database with an archive of this scale; the same seed makes the same
	 * archive.
	 */
	Summary generate(ArchiveScale scale, long seed) {
		long started = System.nanoTime();
		Run run = new Run(scale, new SplittableRandom(seed), new SplittableRandom(seed + 1), this.clock.instant());
		this.transactions.executeWithoutResult((status) -> this.jdbc.execute((ConnectionCallback<Void>) (con) -> {
			run.people(con);
			return null;
		}));
		for (int start = 0; start < scale.articles(); start += ARTICLES_PER_TRANSACTION) {
			int from = start;
			int to = Math.min(scale.articles(), from + ARTICLES_PER_TRANSACTION);
			this.transactions.executeWithoutResult((status) -> this.jdbc.execute((ConnectionCallback<Void>) (con) -> {
				run.articles(con, from, to);
				return null;
			}));
			if (scale.articles() >= 10_000 && to * 10L / scale.articles() != from * 10L / scale.articles()) {
				log.info("{} of {} stories written after {} s", to, scale.articles(),
						Duration.ofNanos(System.nanoTime() - started).toSeconds());
			}
		}
		return new Summary(scale.name(), run.rows, Duration.ofNanos(System.nanoTime() - started));
	}

	/**
	 * Moves every identity column past the ids written here, so the application's own
	 * inserts carry on after them; then refreshes the planner's statistics. Outside any
	 * transaction: on H2 these statements commit. H2 is then closed with
	 * {@code SHUTDOWN COMPACT}: its file grows to several times the data while rows
	 * stream in, and compacting gives most of it back.
	 */
	void finish() {
		for (String table : List.of("section", "source", "author", "tag", "article", "comment")) {
			Long max = this.jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
			this.jdbc.execute("alter table " + table + " alter column id restart with " + (max + 1));
		}
		String product = this.jdbc
			.execute((ConnectionCallback<String>) (con) -> con.getMetaData().getDatabaseProductName());
		if ("H2".equals(product)) {
			this.jdbc.execute("analyze");
			this.jdbc.execute("shutdown compact");
		}
		else {
			this.jdbc.execute("vacuum analyze");
		}
	}

	/** Whether the database already holds the benchmark's archive. */
	boolean archivePresent() {
		return count("select count(*) from article where slug = '" + BENCH_ARTICLE_ES + "'") > 0;
	}

	long count(String sql) {
		Long count = this.jdbc.queryForObject(sql, Long.class);
		return (count != null) ? count : 0;
	}

	private long nextId(Connection con, String table) throws SQLException {
		try (var statement = con.createStatement();
				var result = statement.executeQuery("select coalesce(max(id), 0) from " + table)) {
			result.next();
			return result.getLong(1) + 1;
		}
	}

	/** Rows written per table, and how long it took. */
	record Summary(String scale, Map<String, Long> rows, Duration elapsed) {

		long total() {
			return this.rows.values().stream().mapToLong(Long::longValue).sum();
		}

	}

	/**
	 * One generation: the random stream, the ids handed out so far and the precomputed
	 * text.
	 */
	private final class Run {

		private final ArchiveScale scale;

		private final SplittableRandom random;

		/** Which stories are translated, and their Spanish words. */
		private final SplittableRandom spanish;

		private final Instant now;

		private final Map<String, Long> rows = new LinkedHashMap<>();

		private final List<Block> plainBlocks = new ArrayList<>();

		private final List<Block> otherBlocks = new ArrayList<>();

		private final Zipf sectionRank;

		private final Zipf tagRank;

		private final Zipf authorRank;

		private final Zipf sourceRank;

		private final Zipf commenterRank;

		private final String[] statuses;

		private final String[] commenterNames;

		private final String[] commenterEmails;

		private final String[] commenterWebsites;

		private final String[] commenterHashes;

		private final int[] commentCounts;

		private long firstSection;

		private long firstSource;

		private long firstAuthor;

		private long firstTag;

		private long nextArticle;

		private long nextComment;

		/** Spanish translations get ids after every English story's. */
		private long nextTranslation;

		Run(ArchiveScale scale, SplittableRandom random, SplittableRandom spanish, Instant now) {
			this.scale = scale;
			this.random = random;
			this.spanish = spanish;
			this.now = now;
			for (String markdown : ArchiveText.blocks(random, 480, 60)) {
				Block block = new Block(markdown, ArchiveGenerator.this.renderer.render(markdown, null));
				(markdown.startsWith("#") || markdown.startsWith(">") || markdown.startsWith("-") ? this.otherBlocks
						: this.plainBlocks)
					.add(block);
			}
			this.sectionRank = new Zipf(scale.sections(), 0.7);
			this.tagRank = new Zipf(scale.tags(), 0.8);
			this.authorRank = new Zipf(scale.authors(), 0.6);
			this.sourceRank = new Zipf(scale.sources(), 1.0);
			this.commenterRank = new Zipf(scale.commenters(), 0.9);
			this.statuses = new String[scale.articles()];
			for (int i = 0; i < scale.articles(); i++) {
				this.statuses[i] = (i >= scale.articles() - 2) ? "PUBLISHED" : status();
			}
			this.commenterNames = new String[scale.commenters()];
			this.commenterEmails = new String[scale.commenters()];
			this.commenterWebsites = new String[scale.commenters()];
			this.commenterHashes = new String[scale.commenters()];
			for (int i = 0; i < scale.commenters(); i++) {
				this.commenterNames[i] = ArchiveText.personName(i + 7);
				this.commenterEmails[i] = COMMENTER_EMAIL.formatted(i);
				this.commenterWebsites[i] = (i % 9 == 0) ? "https://example.net/~reader" + i : null;
				this.commenterHashes[i] = Long.toHexString(random.nextLong() | Long.MIN_VALUE)
						+ Long.toHexString(random.nextLong() | Long.MIN_VALUE);
			}
			this.commentCounts = spreadComments();
		}

		/** Sections, sources, authors and tags. */
		void people(Connection con) throws SQLException {
			this.firstSection = nextId(con, "section");
			this.firstSource = nextId(con, "source");
			this.firstAuthor = nextId(con, "author");
			this.firstTag = nextId(con, "tag");
			this.nextArticle = nextId(con, "article");
			this.nextComment = nextId(con, "comment");
			this.nextTranslation = this.nextArticle + this.scale.articles();
			try (Inserts inserts = new Inserts(con)) {
				Insert sections = inserts.into("section", "id", "slug", "name", "description", "position");
				Insert translations = inserts.into("section_translation", "section_id", "language", "name", "slug",
						"description");
				for (int i = 0; i < this.scale.sections(); i++) {
					String name = ArchiveText.SECTIONS[i % ArchiveText.SECTIONS.length]
							+ ((i < ArchiveText.SECTIONS.length) ? "" : " " + (i / ArchiveText.SECTIONS.length + 1));
					sections.row(this.firstSection + i, Slugs.of(name), name, "News and analysis: " + name + ".", i);
					String spanish = SpanishText.SECTIONS[i % SpanishText.SECTIONS.length]
							+ ((i < SpanishText.SECTIONS.length) ? "" : " " + (i / SpanishText.SECTIONS.length + 1));
					translations.row(this.firstSection + i, "es", spanish, Slugs.of(spanish),
							"Noticias y análisis: " + spanish + ".");
				}
			}
			try (Inserts inserts = new Inserts(con)) {
				Insert sources = inserts.into("source", "id", "slug", "name", "kind", "url", "attribution_template");
				for (int i = 0; i < this.scale.sources(); i++) {
					String[] source = ArchiveText.SOURCES[i % ArchiveText.SOURCES.length];
					String name = source[0] + ((i < ArchiveText.SOURCES.length) ? "" : " " + i);
					String slug = Slugs.of(name);
					sources.row(this.firstSource + i, slug, name, source[1], "https://example.org/" + slug,
							source[1].equals("WIRE") ? "With information from {name}" : "{name}");
				}
			}
			try (Inserts inserts = new Inserts(con)) {
				Insert authors = inserts.into("author", "id", "slug", "name", "bio", "photo_url");
				Insert beats = inserts.into("author_beat", "author_id", "position", "beat");
				Insert links = inserts.into("author_link", "author_id", "position", "label", "url");
				Insert bios = inserts.into("author_bio", "author_id", "language", "bio");
				for (int i = 0; i < this.scale.authors(); i++) {
					long id = this.firstAuthor + i;
					String name = ArchiveText.personName(i);
					String slug = Slugs.of(name);
					String beat = ArchiveText.SECTIONS[this.sectionRank.next(this.random)
							% ArchiveText.SECTIONS.length];
					authors.row(id, slug, name, name + " reports on " + beat.toLowerCase() + " for Dateline.", null);
					bios.row(id, "es",
							SpanishText.bio(name, java.util.Arrays.asList(ArchiveText.SECTIONS).indexOf(beat)));
					beats.row(id, 0, beat.toLowerCase());
					if (i % 2 == 0) {
						beats.row(id, 1, "investigations");
					}
					links.row(id, 0, "Profile", "https://example.org/people/" + slug);
				}
			}
			Set<String> slugs = new HashSet<>();
			try (Inserts inserts = new Inserts(con)) {
				Insert tags = inserts.into("tag", "id", "slug", "name");
				Insert translations = inserts.into("tag_translation", "tag_id", "language", "name", "slug");
				List<String> names = ArchiveText.tagNames(this.scale.tags());
				List<String> spanish = SpanishText.tagNames(this.scale.tags());
				for (int i = 0; i < names.size(); i++) {
					String slug = Slugs.of(names.get(i));
					if (!slugs.add(slug)) {
						throw new IllegalStateException("Two generated tags share the slug " + slug);
					}
					tags.row(this.firstTag + i, slug, names.get(i));
					translations.row(this.firstTag + i, "es", spanish.get(i), Slugs.of(spanish.get(i)));
				}
			}
		}

		/**
		 * Stories {@code from} (inclusive) to {@code to}, with their bylines, sources,
		 * tags and comments.
		 */
		void articles(Connection con, int from, int to) throws SQLException {
			try (Inserts inserts = new Inserts(con)) {
				Insert articles = inserts.into("article", "id", "slug", "headline", "deck", "dateline_city",
						"dateline_country", "body_markdown", "body_html", "section_id", "status", "published_at",
						"updated_at", "created_at", "comments_open", "comment_count", "version", "language",
						"translation_group");
				Insert oldSlugs = inserts.into("article_slug_history", "slug", "article_id");
				Insert bylines = inserts.into("article_byline", "article_id", "position", "author_id");
				Insert sources = inserts.into("article_source", "article_id", "position", "source_id");
				Insert tags = inserts.into("article_tag", "article_id", "tag_id");
				Insert comments = inserts.into("comment", "id", "article_id", "parent_id", "depth", "author_name",
						"author_email", "author_website", "body", "status", "held_reason", "ip_hash", "created_at");
				for (int index = from; index < to; index++) {
					article(index, new Rows(articles, oldSlugs, bylines, sources, tags, comments));
				}
			}
		}

		private void article(int index, Rows rows) throws SQLException {
			long id = this.nextArticle++;
			boolean bench = index == this.scale.articles() - 1;
			boolean commentsTarget = index == this.scale.articles() - 2;
			String[] place = ArchiveText.place(this.random);
			String headline = ArchiveText.headline(this.random, place[0]);
			String slug = bench ? BENCH_ARTICLE : commentsTarget ? COMMENTS_ARTICLE : Slugs.of(headline) + "-" + id;
			String status = this.statuses[index];
			Instant publishedAt = publishedAt(index, status);
			Instant createdAt = ((publishedAt != null) ? publishedAt : this.now.minus(Duration.ofHours(2)))
				.minus(Duration.ofMinutes(10 + this.random.nextInt(600)));
			Instant updatedAt = (publishedAt == null) ? createdAt : publishedAt;
			if (publishedAt != null && !bench && this.random.nextInt(100) < 15) {
				Instant later = publishedAt.plus(Duration.ofMinutes(31 + this.random.nextInt(2000)));
				updatedAt = later.isBefore(this.now) ? later : updatedAt;
			}
			boolean dateline = bench || this.random.nextInt(100) < 85;
			Article entity = new Article(slug, headline, ArchiveGenerator.this.clock);
			entity.setDateline(dateline ? place[0] : null, dateline ? place[1] : null);
			Body body = body(bench ? BENCH_PARAGRAPHS : paragraphs(), entity.datelineLabel(ENGLISH));
			long section = this.firstSection + (bench ? 0 : this.sectionRank.next(this.random));
			List<CommentRow> thread = "PUBLISHED".equals(status) ? thread(id, index, publishedAt, bench) : List.of();
			int approved = (int) thread.stream().filter(CommentRow::approved).count();
			boolean open = bench || commentsTarget || this.random.nextInt(100) < 95;
			boolean translated = "PUBLISHED".equals(status) && !commentsTarget
					&& (bench || this.spanish.nextInt(100) < SPANISH_SHARE);
			rows.articles()
				.row(id, slug, headline, ArchiveText.deck(this.random), entity.getDatelineCity(),
						entity.getDatelineCountry(), body.markdown(), body.html(), section, status, publishedAt,
						updatedAt, createdAt, open, approved, 0, "en", translated ? id : null);
			if (!bench && !commentsTarget && this.random.nextInt(100) == 0) {
				rows.oldSlugs().row(Slugs.of(headline) + "-" + id + "-first-draft", id);
			}
			Links links = new Links(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
			int bylineCount = bench ? 2 : pickCount(new int[] { 80, 17, 3 }, 1);
			pickDistinct(this.authorRank, bylineCount, this.firstAuthor, bench ? new int[] { 0, 3 } : null,
					(position, author) -> links.authors().add(author));
			int sourceCount = bench ? 1 : pickCount(new int[] { 60, 35, 5 }, 0);
			pickDistinct(this.sourceRank, sourceCount, this.firstSource, bench ? new int[] { 0 } : null,
					(position, source) -> links.sources().add(source));
			int tagCount = bench ? 3 : 2 + this.random.nextInt(5);
			pickDistinct(this.tagRank, tagCount, this.firstTag, bench ? benchTagRanks() : null,
					(position, tag) -> links.tags().add(tag));
			links.write(id, rows);
			writeComments(id, thread, rows.comments());
			if (translated) {
				translation(id, bench, entity, body, section, publishedAt, open, links, thread, rows);
			}
		}

		/**
		 * The Spanish translation of a story: its own headline, deck, slug and dateline,
		 * the English body in size and markup (its first paragraph rendered again with
		 * the Spanish dateline), the same section, bylines, sources and tags; published a
		 * few minutes after the original. The bench story's comments are copied, so both
		 * editions' bench pages carry twenty; the others have none.
		 */
		private void translation(long originalId, boolean bench, Article original, Body body, long section,
				Instant publishedAt, boolean open, Links links, List<CommentRow> thread, Rows rows)
				throws SQLException {
			long id = this.nextTranslation++;
			String[] place = SpanishText.place(original.getDatelineCity(), original.getDatelineCountry());
			String headline = SpanishText.headline(this.spanish, place[0]);
			String slug = bench ? BENCH_ARTICLE_ES : Slugs.of(headline) + "-" + id;
			Article entity = new Article(slug, headline, ArchiveGenerator.this.clock);
			entity.setDateline((original.getDatelineCity() != null) ? place[0] : null,
					(original.getDatelineCity() != null) ? place[1] : null);
			String html = ArchiveGenerator.this.renderer.render(body.first(), entity.datelineLabel(SpanishText.SPANISH))
					+ body.html().substring(body.firstHtmlLength());
			Instant at = bench ? publishedAt.plus(Duration.ofMinutes(10))
					: publishedAt.plus(Duration.ofMinutes(5 + this.spanish.nextInt(120)));
			Instant translatedAt = at.isBefore(this.now) ? at : this.now;
			List<CommentRow> copies = bench ? copies(thread) : List.of();
			rows.articles()
				.row(id, slug, headline, SpanishText.deck(this.spanish), entity.getDatelineCity(),
						entity.getDatelineCountry(), body.markdown(), html, section, "PUBLISHED", translatedAt,
						translatedAt, translatedAt.minus(Duration.ofMinutes(30)), open,
						(int) copies.stream().filter(CommentRow::approved).count(), 0, "es", originalId);
			links.write(id, rows);
			writeComments(id, copies, rows.comments());
		}

		/** The thread again with new ids (replies pointing to the copies). */
		private List<CommentRow> copies(List<CommentRow> thread) {
			Map<Long, Long> ids = new java.util.HashMap<>();
			List<CommentRow> copies = new ArrayList<>(thread.size());
			for (CommentRow row : thread) {
				long id = this.nextComment++;
				ids.put(row.id(), id);
				copies.add(new CommentRow(id, (row.parentId() != null) ? ids.get(row.parentId()) : null, row.depth(),
						row.who(), row.body(), row.status(), row.reason(), row.createdAt()));
			}
			return copies;
		}

		private void writeComments(long articleId, List<CommentRow> thread, Insert comments) throws SQLException {
			for (CommentRow comment : thread) {
				comments.row(comment.id(), articleId, comment.parentId(), comment.depth(),
						this.commenterNames[comment.who()], this.commenterEmails[comment.who()],
						this.commenterWebsites[comment.who()], comment.body(), comment.status(), comment.reason(),
						this.commenterHashes[comment.who()], comment.createdAt());
			}
		}

		private String status() {
			int roll = this.random.nextInt(1000);
			if (roll < 970) {
				return "PUBLISHED";
			}
			return new String[] { "DRAFT", "DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED", "EMBARGOED" }[(roll - 970)
					/ 5];
		}

		/**
		 * Publication times rise with the id, from {@code days} ago to a few hours ago.
		 */
		private Instant publishedAt(int index, String status) {
			if (status.equals("DRAFT") || status.equals("IN_REVIEW")) {
				return null;
			}
			if (status.equals("SCHEDULED") || status.equals("EMBARGOED")) {
				return this.now.plus(Duration.ofMinutes(60 + this.random.nextInt(14 * 24 * 60)));
			}
			if (index >= this.scale.articles() - 2) {
				return this.now.minus(Duration.ofHours(this.scale.articles() - index));
			}
			long span = Duration.ofDays(this.scale.days()).toSeconds();
			long secondsAgo = span - span * index / this.scale.articles() + 3 * 3600 + this.random.nextInt(60);
			return this.now.minusSeconds(secondsAgo);
		}

		private int paragraphs() {
			return this.scale.minParagraphs()
					+ this.random.nextInt(this.scale.maxParagraphs() - this.scale.minParagraphs() + 1);
		}

		/**
		 * A body of {@code count} blocks: the first, a plain paragraph, rendered with the
		 * dateline as the renderer opens it; the rest taken already rendered from the
		 * pool.
		 */
		private Body body(int count, String datelineLabel) {
			Block first = this.plainBlocks.get(this.random.nextInt(this.plainBlocks.size()));
			StringBuilder markdown = new StringBuilder(first.markdown());
			StringBuilder html = new StringBuilder(
					ArchiveGenerator.this.renderer.render(first.markdown(), datelineLabel));
			int firstHtmlLength = html.length();
			for (int i = 1; i < count; i++) {
				List<Block> pool = (this.random.nextInt(100) < 12) ? this.otherBlocks : this.plainBlocks;
				Block block = pool.get(this.random.nextInt(pool.size()));
				markdown.append("\n\n").append(block.markdown());
				html.append(block.html());
			}
			return new Body(markdown.toString(), html.toString(), first.markdown(), firstHtmlLength);
		}

		/**
		 * How many comments each story gets: a skewed share of the total; the two bench
		 * stories fixed.
		 */
		private int[] spreadComments() {
			int stories = this.scale.articles();
			double[] weights = new double[stories];
			double sum = 0;
			for (int i = 0; i < stories - 2; i++) {
				weights[i] = this.statuses[i].equals("PUBLISHED") ? Math.exp(1.1 * gaussian()) : 0;
				sum += weights[i];
			}
			int remaining = this.scale.comments() - BENCH_COMMENTS;
			int[] counts = new int[stories];
			int given = 0;
			for (int i = 0; i < stories - 2; i++) {
				counts[i] = Math.min(MAX_COMMENTS_PER_ARTICLE, (int) (remaining * weights[i] / sum));
				given += counts[i];
			}
			for (int guard = 0; given < remaining && guard < 100 * remaining; guard++) {
				int i = this.random.nextInt(stories - 2);
				if (weights[i] > 0 && counts[i] < MAX_COMMENTS_PER_ARTICLE) {
					counts[i]++;
					given++;
				}
			}
			counts[stories - 1] = BENCH_COMMENTS;
			return counts;
		}

		private double gaussian() {
			double u = 1 - this.random.nextDouble();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.random.nextDouble());
		}

		/**
		 * The comments of one story, oldest first: about one in three replies to an
		 * earlier approved comment (threads stop at the deepest level as the app's own
		 * rule does); a few held or spam.
		 */
		private List<CommentRow> thread(long articleId, int index, Instant publishedAt, boolean bench) {
			int count = this.commentCounts[index];
			List<CommentRow> rows = new ArrayList<>(count);
			List<CommentRow> approved = new ArrayList<>();
			Instant at = publishedAt;
			for (int i = 0; i < count; i++) {
				at = at.plusSeconds(30 + this.random.nextInt(1800));
				Instant createdAt = at.isBefore(this.now) ? at : this.now;
				int roll = bench ? 0 : this.random.nextInt(100);
				String status = (roll < 94) ? "APPROVED" : (roll < 98) ? "PENDING" : "SPAM";
				String reason = switch (status) {
					case "PENDING" -> (roll % 2 == 0) ? "FIRST_TIME_COMMENTER" : "TOO_MANY_LINKS";
					case "SPAM" -> "BANNED_WORD";
					default -> null;
				};
				CommentRow parent = (!approved.isEmpty() && this.random.nextInt(3) == 0)
						? approved.get(this.random.nextInt(approved.size())) : null;
				Long parentId = null;
				int depth = 1;
				if (parent != null && parent.depth() >= MAX_DEPTH) {
					parentId = parent.parentId();
					depth = parent.depth();
				}
				else if (parent != null) {
					parentId = parent.id();
					depth = parent.depth() + 1;
				}
				CommentRow row = new CommentRow(this.nextComment++, parentId, depth,
						this.commenterRank.next(this.random), ArchiveText.comment(this.random), status, reason,
						createdAt);
				rows.add(row);
				if (row.approved()) {
					approved.add(row);
				}
			}
			return rows;
		}

		/** One popular tag, one common and one rare, as a big story usually has. */
		private int[] benchTagRanks() {
			return IntStream.of(1, 25, 400).map((rank) -> Math.min(rank, this.scale.tags() - 1)).distinct().toArray();
		}

		private int pickCount(int[] percentages, int smallest) {
			int roll = this.random.nextInt(100);
			int count = smallest;
			for (int percentage : percentages) {
				if (roll < percentage) {
					return count;
				}
				roll -= percentage;
				count++;
			}
			return count;
		}

		/**
		 * Distinct ranks (the given ones, or drawn from the distribution), handed on as
		 * ids in order.
		 */
		private void pickDistinct(Zipf ranks, int count, long firstId, int[] given, RowWriter writer)
				throws SQLException {
			Set<Integer> chosen = new LinkedHashSet<>();
			if (given != null) {
				for (int rank : given) {
					chosen.add(rank);
				}
			}
			for (int guard = 0; chosen.size() < count && guard < 50; guard++) {
				chosen.add(ranks.next(this.random));
			}
			int position = 0;
			for (int rank : chosen) {
				writer.write(position++, firstId + rank);
			}
		}

		/** The inserts one story writes to. */
		private record Rows(Insert articles, Insert oldSlugs, Insert bylines, Insert sources, Insert tags,
				Insert comments) {
		}

		/** A story's body, and its first block (which carries the dateline). */
		private record Body(String markdown, String html, String first, int firstHtmlLength) {
		}

		/**
		 * A story's bylines, sources and tags (ids in order), which its translation
		 * shares.
		 */
		private record Links(List<Long> authors, List<Long> sources, List<Long> tags) {

			void write(long articleId, Rows rows) throws SQLException {
				for (int i = 0; i < this.authors.size(); i++) {
					rows.bylines().row(articleId, i, this.authors.get(i));
				}
				for (int i = 0; i < this.sources.size(); i++) {
					rows.sources().row(articleId, i, this.sources.get(i));
				}
				for (Long tag : this.tags) {
					rows.tags().row(articleId, tag);
				}
			}

		}

		/**
		 * The batched inserts of one transaction, flushed together in the order they were
		 * opened, so a row's parent always reaches the database before the row.
		 */
		private final class Inserts implements AutoCloseable {

			private final Connection con;

			private final List<Insert> open = new ArrayList<>();

			Inserts(Connection con) {
				this.con = con;
			}

			Insert into(String table, String... columns) throws SQLException {
				String sql = "insert into " + table + " (" + String.join(", ", columns) + ") values ("
						+ String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
				Insert insert = new Insert(this, table, columns.length, this.con.prepareStatement(sql));
				this.open.add(insert);
				return insert;
			}

			void flush() throws SQLException {
				for (Insert insert : this.open) {
					insert.flush();
				}
			}

			@Override
			public void close() throws SQLException {
				try {
					flush();
				}
				finally {
					for (Insert insert : this.open) {
						insert.statement.close();
					}
				}
			}

		}

		/** One table's batched insert statement. */
		private final class Insert {

			private final Inserts owner;

			private final String table;

			private final int columns;

			private final PreparedStatement statement;

			private int pending;

			Insert(Inserts owner, String table, int columns, PreparedStatement statement) {
				this.owner = owner;
				this.table = table;
				this.columns = columns;
				this.statement = statement;
			}

			void row(Object... values) throws SQLException {
				if (values.length != this.columns) {
					throw new IllegalArgumentException(values.length + " values for a row of " + this.table);
				}
				for (int i = 0; i < values.length; i++) {
					Object value = values[i];
					this.statement.setObject(i + 1,
							(value instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC) : value);
				}
				this.statement.addBatch();
				Run.this.rows.merge(this.table, 1L, Long::sum);
				if (++this.pending == BATCH) {
					this.owner.flush();
				}
			}

			void flush() throws SQLException {
				if (this.pending > 0) {
					this.statement.executeBatch();
					this.pending = 0;
				}
			}

		}

	}

	/** A Markdown block and the HTML the renderer makes of it. */
	private record Block(String markdown, String html) {
	}

	/** A generated comment; {@code who} is the commenter's index. */
	private record CommentRow(long id, Long parentId, int depth, int who, String body, String status, String reason,
			Instant createdAt) {

		boolean approved() {
			return this.status.equals("APPROVED");
		}

	}

	@FunctionalInterface
	private interface RowWriter {

		void write(int position, long id) throws SQLException;

	}

}
