package news.dateline.web;

import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Rendered public pages in memory, by URL, for at most the configured time to live and within a byte
 * budget. Any change readers can see empties it (see {@link PageCacheInvalidator}). A generation
 * number guards against a page rendered from data older than the last eviction being stored after it.
 */
@Component
class PageCache {

	private final Cache<String, CachedPage> pages;

	private final AtomicLong generation = new AtomicLong();

	PageCache(PageCacheSettings settings) {
		this.pages = Caffeine.newBuilder()
			.expireAfterWrite(settings.ttl())
			.maximumWeight(settings.maxBytes())
			.<String, CachedPage>weigher((key, page) -> page.weight())
			.build();
	}

	CachedPage get(String key) {
		return this.pages.getIfPresent(key);
	}

	/** The generation to pass to {@link #put} for a page about to be rendered. */
	long generation() {
		return this.generation.get();
	}

	/** Stores the page unless the cache was emptied since its rendering began. */
	void put(String key, CachedPage page, long renderedInGeneration) {
		if (this.generation.get() == renderedInGeneration) {
			this.pages.put(key, page);
			if (this.generation.get() != renderedInGeneration) {
				this.pages.invalidate(key);
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

}
