package news.dateline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.RemovalCause;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages in memory, by URL, for at most the configured time to live and
 * within a byte budget. Each page records the content keys it was built from
 * ({@link news.dateline.system.ContentKeys}); {@link #evict} drops only the pages holding
 * a changed key (see {@link PageCacheInvalidator}).
 * <p>
 * Coalesced re-rendering: a page rendered less than {@code min-render-interval} ago is
 * not dropped but marked stale and still served until that interval has passed, so a
 * story whose thread gets twenty comments a second is rendered at most a few times a
 * second, and no reader gets a page older than the interval. A page whose rendering began
 * before one of its keys was evicted is stored already stale.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	private final ConcurrentMap<String, Set<String>> urlsByKey = new ConcurrentHashMap<>();

	/**
	 * When each recently evicted key was last evicted (in generations), to catch
	 * renderings in flight.
	 */
	private final Cache<String, Long> evictedIn;

	private final AtomicLong generation = new AtomicLong();

	private final Duration minRenderInterval;

	private final Clock clock;

	PageCache(PageCacheSettings settings, Clock clock) {
		this.clock = clock;
		this.minRenderInterval = settings.minRenderInterval();
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(settings.ttl())
			.maximumWeight(settings.maxBytes())
			.<String, CachedPage>weigher((key, page) -> page.weight())
			.removalListener(this::removed)
			.executor(Runnable::run)
			.build();
		this.evictedIn = Caffeine.newBuilder().expireAfterWrite(settings.ttl().multipliedBy(2)).build();
	}

	/**
	 * The page to serve for the URL: null when there is none, or it is stale and due to
	 * be rendered again.
	 */
	CachedPage get(String url) {
		CachedPage page = this.pages.getIfPresent(url);
		if (page == null || !page.stale()) {
			return page;
		}
		return isRecent(page) ? page : null;
	}

	/** The generation to pass to {@link #put} for a page about to be rendered. */
	long generation() {
		return this.generation.get();
	}

	/** When pages rendered now are rendered, as they record it. */
	Instant now() {
		return this.clock.instant();
	}

	/**
	 * Stores the page, stale when one of its keys was evicted since its rendering began.
	 */
	void put(String url, CachedPage page, long renderedInGeneration) {
		this.pages.put(url, evictedSince(page.keys(), renderedInGeneration) ? page.asStale() : page);
		for (String key : page.keys()) {
			this.urlsByKey.computeIfAbsent(key, (k) -> ConcurrentHashMap.newKeySet()).add(url);
		}
		// an eviction before the page was indexed under its keys: look again
		if (evictedSince(page.keys(), renderedInGeneration)) {
			this.pages.asMap().computeIfPresent(url, (u, stored) -> stored.asStale());
		}
	}

	/**
	 * Drops (or marks stale, when rendered just now) every page holding one of the keys.
	 */
	void evict(Collection<String> keys) {
		long current = this.generation.incrementAndGet();
		for (String key : keys) {
			this.evictedIn.put(key, current);
			Set<String> urls = this.urlsByKey.get(key);
			if (urls != null) {
				for (String url : urls) {
					this.pages.asMap().computeIfPresent(url, (u, page) -> isRecent(page) ? page.asStale() : null);
				}
			}
		}
	}

	void evictAll() {
		this.generation.incrementAndGet();
		this.pages.invalidateAll();
	}

	long size() {
		return this.pages.estimatedSize();
	}

	private boolean isRecent(CachedPage page) {
		return this.clock.instant().isBefore(page.renderedAt().plus(this.minRenderInterval));
	}

	private boolean evictedSince(Collection<String> keys, long renderedInGeneration) {
		for (String key : keys) {
			Long evicted = this.evictedIn.getIfPresent(key);
			if (evicted != null && evicted > renderedInGeneration) {
				return true;
			}
		}
		return false;
	}

	private void removed(String url, CachedPage page, RemovalCause cause) {
		if (page == null || cause == RemovalCause.REPLACED) {
			return;
		}
		for (String key : page.keys()) {
			Set<String> urls = this.urlsByKey.get(key);
			if (urls != null) {
				urls.remove(url);
				// a newer page for the URL, stored meanwhile, may hold the key too
				CachedPage current = this.pages.asMap().get(url);
				if (current != null && current.keys().contains(key)) {
					urls.add(url);
				}
			}
		}
	}

}
