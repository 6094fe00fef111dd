package news.dateline.newsletter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the digests that are due: soon after start-up (finishing an edition a crash or a
 * restart interrupted) and then every {@code dateline.newsletter.digest-interval}. Every
 * node runs it; the issue rows' claims keep them from queueing anything twice.
 */
@Component
class DigestJob {

	private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

	private final Digests digests;

	DigestJob(Digests digests) {
		this.digests = digests;
	}

	@Scheduled(initialDelayString = "PT5S", fixedDelayString = "${dateline.newsletter.digest-interval:PT1M}")
	public void run() {
		int queued = this.digests.sendDue();
		if (queued > 0) {
			log.info("Queued {} digest mails", queued);
		}
	}

}
