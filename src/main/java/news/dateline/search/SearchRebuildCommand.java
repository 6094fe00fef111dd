package news.dateline.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The command-line rebuild: {@code java -jar dateline.jar --dateline.search.rebuild}
 * rebuilds this node's index from the database and exits (0 when it worked). Run it while
 * the node is stopped: the index directory takes one writer at a time.
 */
@Component
@ConditionalOnProperty("dateline.search.rebuild")
class SearchRebuildCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(SearchRebuildCommand.class);

	private final SearchIndexer indexer;

	private final ConfigurableApplicationContext context;

	SearchRebuildCommand(SearchIndexer indexer, ConfigurableApplicationContext context) {
		this.indexer = indexer;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		RebuildProgress result = this.indexer.rebuild();
		log.info("Search index rebuild {}: {} of {} stories", result.failed() ? "failed" : "finished", result.indexed(),
				result.total());
		int code = SpringApplication.exit(this.context, () -> result.failed() ? 1 : 0);
		System.exit(code);
	}

}
