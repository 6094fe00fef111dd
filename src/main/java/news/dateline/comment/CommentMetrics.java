package news.dateline.comment;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

import news.dateline.comment.internal.CommentRepository;

/**
 * The comment meters: {@code dateline.comments.posted}, readers' comments by the status
 * the rules gave them, and {@code dateline.comments.pending}, the moderation queue's
 * length, counted when scraped.
 */
@Component
class CommentMetrics {

	static final String POSTED = "dateline.comments.posted";

	static final String PENDING = "dateline.comments.pending";

	private final MeterRegistry registry;

	CommentMetrics(MeterRegistry registry, CommentRepository comments) {
		this.registry = registry;
		Gauge.builder(PENDING, comments, (repository) -> repository.countWithStatus(CommentStatus.PENDING))
			.description("Comments awaiting moderation")
			.register(registry);
		for (CommentStatus status : CommentStatus.values()) {
			posted(status, 0);
		}
	}

	void posted(CommentStatus status) {
		posted(status, 1);
	}

	private void posted(CommentStatus status, int count) {
		Counter.builder(POSTED)
			.description("Comments submitted by readers, by resulting status")
			.tag("status", status.name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment(count);
	}

}
