package news.dateline.notification;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends moderators' hourly summaries a minute past each hour; a summary covers every
 * whole hour since the person's last one, so hours a stopped cluster missed come in the
 * next. ShedLock lets one node at a time run it; the summaries' own cursors keep even
 * overlapping runs from sending one hour twice.
 */
@Component
class ModerationSummaryJob {

	private static final Logger log = LoggerFactory.getLogger(ModerationSummaryJob.class);

	private final ModeratorNotifications notifications;

	ModerationSummaryJob(ModeratorNotifications notifications) {
		this.notifications = notifications;
	}

	@Scheduled(cron = "0 1 * * * *")
	@SchedulerLock(name = "moderation-summary", lockAtMostFor = "PT10M")
	public void run() {
		int queued = this.notifications.sendHourlySummaries();
		if (queued > 0) {
			log.info("Queued {} moderators' hourly summaries", queued);
		}
	}

}
