package news.dateline.article;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Releases scheduled stories and lifts embargoes on time, whatever the traffic: runs as
 * soon as the application starts (catching up on anything missed while it was down) and
 * then every {@code dateline.editorial.release-interval}. ShedLock lets one node at a
 * time run it; the release itself is a conditional UPDATE, so even overlapping runs never
 * publish a story twice.
 */
@Component
class ArticleReleaseJob {

	private static final Logger log = LoggerFactory.getLogger(ArticleReleaseJob.class);

	private final EditorialService editorial;

	ArticleReleaseJob(EditorialService editorial) {
		this.editorial = editorial;
	}

	@SchedulerLock(name = "article-release", lockAtMostFor = "PT5M")
	public void run() {
		int released = this.editorial.releaseDue();
		if (released > 0) {
			log.info("Released {} scheduled or embargoed stories", released);
		}
	}

	/**
	 * Runs the job at start-up and then every
	 * {@link EditorialSettings#releaseInterval()}, through the job's bean, so that its
	 * ShedLock lock is taken.
	 */
	@Component
	static class Timer implements SchedulingConfigurer {

		private final ArticleReleaseJob job;

		private final Duration interval;

		Timer(ArticleReleaseJob job, EditorialSettings settings) {
			this.job = job;
			this.interval = settings.releaseInterval();
		}

		@Override
		public void configureTasks(ScheduledTaskRegistrar timers) {
			timers.addFixedDelayTask(new FixedDelayTask(this.job::run, this.interval, Duration.ZERO));
		}

	}

}
