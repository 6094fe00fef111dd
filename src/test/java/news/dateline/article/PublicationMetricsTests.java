package news.dateline.article;

import java.time.Instant;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import news.dateline.security.Actor;
import news.dateline.security.Role;

import static org.assertj.core.api.Assertions.assertThat;

class PublicationMetricsTests {

	private final MeterRegistry registry = new SimpleMeterRegistry();

	private final PublicationMetrics metrics = new PublicationMetrics(this.registry);

	private double published(String by) {
		return this.registry.get(PublicationMetrics.PUBLISHED).tag("by", by).counter().count();
	}

	@Test
	void countsStoriesPublishedByEditorsAndByTheReleaseJobApart() {
		this.metrics.published(new ArticlePublished(1L, "one", Instant.EPOCH, new Actor(7L, "Mina Park", Role.EDITOR)));
		this.metrics.published(new ArticlePublished(2L, "two", Instant.EPOCH, null));
		this.metrics.published(new ArticlePublished(3L, "three", Instant.EPOCH, null));
		assertThat(published("editor")).isEqualTo(1);
		assertThat(published("release")).isEqualTo(2);
	}

	@Test
	void countsStoriesFiledAsPublishedByTheirOrigin() {
		this.metrics.published(new ArticlePublished(4L, "four", Instant.EPOCH, null, ArticlePublished.Origin.IMPORT));
		this.metrics.published(new ArticlePublished(5L, "five", Instant.EPOCH, null, ArticlePublished.Origin.DEMO));
		assertThat(published("import")).isEqualTo(1);
		assertThat(published("demo")).isEqualTo(1);
		assertThat(published("release")).isZero();
	}

}
