package news.dateline.search;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the search index lives ({@code dateline.search.index-dir}; {@code memory} keeps it in memory,
 * for tests) and whether a node brings its index up to date at start-up.
 */
@ConfigurationProperties("dateline.search")
public record SearchProperties(String indexDir, Boolean catchUpOnStart) {

	static final String IN_MEMORY = "memory";

	public SearchProperties {
		indexDir = (indexDir == null || indexDir.isBlank()) ? "./data/search-index" : indexDir.trim();
		catchUpOnStart = (catchUpOnStart == null) || catchUpOnStart;
	}

	boolean inMemory() {
		return IN_MEMORY.equals(this.indexDir);
	}

}
