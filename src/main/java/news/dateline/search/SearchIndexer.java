package news.dateline.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.ArticleDocument;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleSyndication;
import news.dateline.article.StoryList;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ChangeLog;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;

/**
 * Keeps the search index in step with the database: re-indexes a story after each
 * committed {@link ContentChanged} naming it on this node, and after each change another
 * node wrote to the change log; catches up at start-up from the change log (or rebuilds
 * when the index is empty, too old or of an older layout); and rebuilds the whole index
 * from the database on an editor's request, in the background, with progress.
 */
@Component
public class SearchIndexer implements DisposableBean {

	static final int BATCH = 200;

	/**
	 * An index last synced longer ago than this may have missed pruned change log rows:
	 * rebuild.
	 */
	static final Duration STALE = Duration.ofHours(20);

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private final SearchIndex index;

	private final ArticleService articles;

	private final ArticleSyndication syndication;

	private final ChangeLog changeLog;

	private final CurrentActor currentActor;

	private final SearchProperties properties;

	private final TransactionTemplate reads;

	private final TransactionTemplate freshReads;

	private final Clock clock;

	private final ExecutorService background = Executors.newSingleThreadExecutor((task) -> {
		Thread thread = new Thread(task, "search-indexer");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicReference<RebuildProgress> progress = new AtomicReference<>(RebuildProgress.NEVER);

	SearchIndexer(SearchIndex index, ArticleService articles, ArticleSyndication syndication, ChangeLog changeLog,
			CurrentActor currentActor, SearchProperties properties, PlatformTransactionManager transactions,
			Clock clock) {
		this.index = index;
		this.articles = articles;
		this.syndication = syndication;
		this.changeLog = changeLog;
		this.currentActor = currentActor;
		this.properties = properties;
		this.reads = new TransactionTemplate(transactions);
		this.reads.setReadOnly(true);
		this.freshReads = new TransactionTemplate(transactions);
		this.freshReads.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.freshReads.setReadOnly(true);
		this.clock = clock;
	}

	/**
	 * After the change committed: the finished transaction is no place to read in, so
	 * read in a new one.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void changed(ContentChanged change) {
		// only changes that name the search index: a comment names its story but changes
		// nothing
		// indexed, and reading in a new transaction here holds a second pooled connection
		// per request
		List<Long> stories = change.touches(ContentKeys.SEARCH) ? change.storyIds() : List.of();
		if (!stories.isEmpty()) {
			this.freshReads.executeWithoutResult((status) -> reindex(stories));
		}
		reindexNamed(change.keys());
	}

	@EventListener
	void changesObserved(ChangesObserved changes) {
		reindex(changes.storyIds());
		reindexNamed(changes.keys());
		long highest = changes.changes().stream().mapToLong(ChangeLog.Change::id).max().orElse(0);
		long known = Long.parseLong(this.index.commitData().getOrDefault(SearchIndex.CHANGE_LOG_ID, "0"));
		if (!this.progress.get().running()) {
			this.index.commit(Math.max(highest, known), this.clock.instant());
		}
	}

	/**
	 * Indexes these stories as the database has them now (removing any no longer
	 * published).
	 */
	public void reindex(List<Long> articleIds) {
		if (articleIds.isEmpty()) {
			return;
		}
		try {
			for (Long id : articleIds) {
				this.reads.execute((status) -> this.articles.document(id))
					.ifPresentOrElse(this.index::put, () -> this.index.delete(id));
			}
			if (!this.progress.get().running()) {
				this.index.refresh();
			}
		}
		catch (RuntimeException ex) {
			log.warn("Could not index stories {}; the next rebuild or change will", articleIds, ex);
		}
	}

	/**
	 * A renamed section, author, tag or source shows its new name in every story's
	 * document that names it: those stories are re-indexed in the background (an author
	 * may have thousands), a batch at a time.
	 */
	void reindexNamed(Collection<String> keys) {
		List<Named> names = Named.in(keys);
		if (names.isEmpty()) {
			return;
		}
		this.background.execute(() -> reindexNaming(names));
	}

	/** Re-indexes, in this thread, every published story showing one of these names. */
	void reindexNaming(List<Named> names) {
		Set<Long> ids = new LinkedHashSet<>();
		for (Named name : names) {
			ids.addAll(this.reads.execute((status) -> this.syndication.publishedIdsNaming(name.kind(), name.slug())));
		}
		List<Long> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += BATCH) {
			reindex(all.subList(from, Math.min(all.size(), from + BATCH)));
		}
	}

	/** A {@code name:kind:slug} content key, read back. */
	record Named(StoryList.Kind kind, String slug) {

		static List<Named> in(Collection<String> keys) {
			List<Named> names = new ArrayList<>();
			for (String key : keys) {
				ContentKeys.Named named = ContentKeys.named(key);
				StoryList.Kind kind = (named != null) ? switch (named.kind()) {
					case "section" -> StoryList.Kind.SECTION;
					case "author" -> StoryList.Kind.AUTHOR;
					case "tag" -> StoryList.Kind.TAG;
					case "source" -> StoryList.Kind.SOURCE;
					default -> null;
				} : null;
				if (kind != null) {
					names.add(new Named(kind, named.slug()));
				}
			}
			return names;
		}

	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUpOnStart() {
		if (this.properties.catchUpOnStart()) {
			this.background.execute(this::catchUp);
		}
	}

	/**
	 * Applies the change log rows after the index's last commit, or rebuilds when that is
	 * not enough.
	 */
	void catchUp() {
		Map<String, String> data = this.index.commitData();
		String synced = data.get(SearchIndex.SYNCED_AT);
		if (synced == null || Instant.parse(synced).plus(STALE).isBefore(this.clock.instant())
				|| this.index.outdated()) {
			log.info("Search index is empty, too old or of an older layout: rebuilding it from the database");
			rebuild();
			return;
		}
		long position = Long.parseLong(data.getOrDefault(SearchIndex.CHANGE_LOG_ID, "0"));
		List<ChangeLog.Change> rows;
		do {
			rows = this.changeLog.after(position, BATCH);
			reindex(new ChangesObserved(rows).storyIds());
			if (!rows.isEmpty()) {
				position = rows.get(rows.size() - 1).id();
			}
		}
		while (rows.size() == BATCH);
		this.index.commit(position, this.clock.instant());
		log.info("Search index caught up with the change log at {}", position);
	}

	/**
	 * Starts a full rebuild in the background for an editor; false when one is already
	 * running.
	 */
	public boolean startRebuild() {
		this.currentActor.require(Role.EDITOR);
		if (this.progress.get().running()) {
			return false;
		}
		this.background.execute(this::rebuild);
		return true;
	}

	public RebuildProgress progress() {
		return this.progress.get();
	}

	/**
	 * Rebuilds the index from the database in this thread. Searches keep seeing the old
	 * index until the new one is complete.
	 */
	public synchronized RebuildProgress rebuild() {
		Instant started = this.clock.instant();
		long position = this.changeLog.latestId();
		long total = this.reads.execute((status) -> this.articles.countPublished());
		this.progress.set(new RebuildProgress(true, 0, total, started, null, false));
		try {
			this.index.deleteAll();
			long indexed = 0;
			long after = 0;
			List<ArticleDocument> batch;
			do {
				long from = after;
				batch = this.reads.execute((status) -> this.articles.documents(from, BATCH));
				for (ArticleDocument document : batch) {
					this.index.put(document);
					after = document.id();
				}
				indexed += batch.size();
				this.progress.set(new RebuildProgress(true, indexed, Math.max(total, indexed), started, null, false));
			}
			while (batch.size() == BATCH);
			this.index.commit(position, started);
			RebuildProgress done = new RebuildProgress(false, indexed, Math.max(total, indexed), started,
					this.clock.instant(), false);
			this.progress.set(done);
			log.info("Search index rebuilt: {} stories", indexed);
			return done;
		}
		catch (RuntimeException ex) {
			log.error("Search index rebuild failed", ex);
			RebuildProgress failed = new RebuildProgress(false, this.progress.get().indexed(), total, started,
					this.clock.instant(), true);
			this.progress.set(failed);
			return failed;
		}
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

}
