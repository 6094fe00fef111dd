package news.dateline.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts stories going live ({@code dateline.articles.published}), once the publication is committed,
 * tagged by who published: an editor, or the release job on schedule or embargo.
 */
@Component
class PublicationMetrics {

	static final String PUBLISHED = "dateline.articles.published";

	private final Counter byEditor;

	private final Counter byRelease;

	PublicationMetrics(MeterRegistry registry) {
		this.byEditor = counter(registry, "editor");
		this.byRelease = counter(registry, "release");
	}

	private static Counter counter(MeterRegistry registry, String by) {
		return Counter.builder(PUBLISHED).description("Stories published").tag("by", by).register(registry);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void published(ArticlePublished event) {
		((event.actor() == null) ? this.byRelease : this.byEditor).increment();
	}

}
