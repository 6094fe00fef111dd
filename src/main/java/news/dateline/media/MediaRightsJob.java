package news.dateline.media;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Tells the caches when an image's rights expire, so every page and card showing it
 * renders the placeholder instead: at start-up (catching up) and every half minute after.
 * Reads already show the placeholder from the expiry moment on; this drops what caches
 * kept. ShedLock lets one node at a time run it.
 */
@Component
class MediaRightsJob {

	private static final Logger log = LoggerFactory.getLogger(MediaRightsJob.class);

	private final MediaService media;

	MediaRightsJob(MediaService media) {
		this.media = media;
	}

	@Scheduled(initialDelay = 0, fixedDelay = 30_000)
	@SchedulerLock(name = "media-rights", lockAtMostFor = "PT5M")
	public void run() {
		int expired = this.media.announceExpired();
		if (expired > 0) {
			log.info("Rights of {} library images expired: placeholders shown instead", expired);
		}
	}

}
