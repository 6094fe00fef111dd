package news.dateline.search;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives ({@code dateline.search.index-dir}; {@code memory} keeps it in memory,
 * for tests), whether a node brings its index up to date at start-up, and for how long the ranked
 * results of a search are reused for the same search while the index does not change
 * ({@code dateline.search.results-ttl}, 30 s; 0 ranks every search afresh).
 */
@ConfigurationProperties("dateline.search")
public record SearchProperties(String indexDir, Boolean catchUpOnStart, Duration resultsTtl) {

	static final String IN_MEMORY = "memory";

	public SearchProperties {
		indexDir = (indexDir == null || indexDir.isBlank()) ? "./data/search-index" : indexDir.trim();
		catchUpOnStart = (catchUpOnStart == null) || catchUpOnStart;
		resultsTtl = (resultsTtl == null || resultsTtl.isNegative()) ? Duration.ofSeconds(30) : resultsTtl;
	}

	boolean inMemory() {
		return IN_MEMORY.equals(this.indexDir);
	}

}
