package news.dateline.comment;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;

@DatabaseTest
class CommentMetricsTests {

	@Autowired
	CommentService comments;

	@Autowired
	MeterRegistry registry;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	Story story;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.story = this.data.story("Harbour reopens", this.data.section("World"),
				this.data.author("Tarun Kumar", "news"), Duration.ofHours(1));
	}

	private double posted(String status) {
		return this.registry.get(CommentMetrics.POSTED).tag("status", status).counter().count();
	}

	private double pending() {
		return this.registry.get(CommentMetrics.PENDING).gauge().value();
	}

	@Test
	void countsAPostedCommentByTheStatusItWasGivenAndTheQueueGrows() {
		double heldBefore = posted("pending");
		double approvedBefore = posted("approved");
		double queueBefore = pending();
		SubmittedComment held = this.comments.submit(new NewComment(this.story.id(), null,
				new Commenter("Reader", "first-time@example.com", null, "ip-metrics"), "Glad it is open", false,
				Duration.ofSeconds(30)));
		assertThat(held.status()).isEqualTo(CommentStatus.PENDING);
		assertThat(posted("pending")).isEqualTo(heldBefore + 1);
		assertThat(posted("approved")).isEqualTo(approvedBefore);
		assertThat(pending()).isEqualTo(queueBefore + 1);
	}

}
