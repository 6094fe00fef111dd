package news.dateline.article;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts stories going live ({@code dateline.articles.published}), once the publication
 * is committed, tagged by who published: an editor, the release job on schedule or
 * embargo, the demo loader or an import.
 */
@Component
class PublicationMetrics {

	static final String PUBLISHED = "dateline.articles.published";

	private final Map<ArticlePublished.Origin, Counter> byOrigin = new EnumMap<>(ArticlePublished.Origin.class);

	PublicationMetrics(MeterRegistry registry) {
		for (ArticlePublished.Origin origin : ArticlePublished.Origin.values()) {
			this.byOrigin.put(origin, counter(registry, origin.name().toLowerCase(Locale.ROOT)));
		}
	}

	private static Counter counter(MeterRegistry registry, String by) {
		return Counter.builder(PUBLISHED).description("Stories published").tag("by", by).register(registry);
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void published(ArticlePublished event) {
		this.byOrigin.get(event.origin()).increment();
	}

}
