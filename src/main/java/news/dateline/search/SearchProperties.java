package news.dateline.search;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the search index lives ({@code dateline.search.index-dir}; {@code memory} keeps
 * it in memory, for tests), whether a node brings its index up to date at start-up, and
 * for how long the ranked results of a search are reused for the same search while the
 * index does not change ({@code dateline.search.results-ttl}, 30 s; 0 ranks every search
 * afresh).
 *
 * @param indexDir where this node keeps its search index ({@code memory}: in memory, for
 * tests)
 * @param catchUpOnStart bring the index up to date with the database at start-up
 * @param resultsTtl how long the ranking of a search is reused while the index is
 * unchanged (each hit is still checked live in the database); 0 ranks every search afresh
 */
@ConfigurationProperties("dateline.search")
@Validated
public record SearchProperties(@DefaultValue("./data/search-index") @NotBlank String indexDir,
		@DefaultValue("true") boolean catchUpOnStart,
		@DefaultValue("30s") @NotNull @DurationMin(seconds = 0) Duration resultsTtl) {

	static final String IN_MEMORY = "memory";

	public SearchProperties {
		indexDir = (indexDir != null) ? indexDir.trim() : null;
	}

	boolean inMemory() {
		return IN_MEMORY.equals(this.indexDir);
	}

}
