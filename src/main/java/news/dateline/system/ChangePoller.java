package news.dateline.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Reads the change log every couple of seconds (on every node) and publishes
 * {@link ChangesObserved} for rows it had not seen, so each node's search index and page
 * cache follow changes made on any node. Starts from the newest row at start-up: what
 * came before is the business of each listener's own catch-up. Also prunes rows older
 * than a day.
 */
@Component
public class ChangePoller implements SchedulingConfigurer {

	/** How often {@link #poll()} runs ({@link ChangeLogSettings}). */
	private final Duration interval;

	static final int BATCH = 500;

	static final Duration KEEP = Duration.ofDays(1);

	private static final Logger log = LoggerFactory.getLogger(ChangePoller.class);

	private final ChangeLog changeLog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final ChangeCursor cursor;

	private Instant lastPrune = Instant.EPOCH;

	ChangePoller(ChangeLog changeLog, ApplicationEventPublisher events, Clock clock, ChangeLogSettings settings) {
		this.interval = settings.pollInterval();
		this.changeLog = changeLog;
		this.events = events;
		this.clock = clock;
		this.cursor = new ChangeCursor(changeLog.latestId());
	}

	/**
	 * Publishes what changed since the last poll; returns how many new rows there were.
	 */
	public synchronized int poll() {
		int seen = 0;
		try {
			List<Long> awaited = this.cursor.awaited();
			if (!awaited.isEmpty()) {
				seen += publish(this.changeLog.withIds(awaited));
			}
			List<ChangeLog.Change> rows;
			do {
				rows = this.changeLog.after(this.cursor.highest(), BATCH);
				seen += publish(rows);
			}
			while (rows.size() == BATCH);
			prune();
		}
		catch (RuntimeException ex) {
			log.warn("Could not read the change log; will try again", ex);
		}
		return seen;
	}

	private int publish(List<ChangeLog.Change> rows) {
		List<ChangeLog.Change> fresh = this.cursor.accept(rows, this.clock.instant());
		if (!fresh.isEmpty()) {
			this.events.publishEvent(new ChangesObserved(fresh));
		}
		return fresh.size();
	}

	private void prune() {
		Instant now = this.clock.instant();
		if (this.lastPrune.plus(Duration.ofHours(1)).isBefore(now)) {
			this.lastPrune = now;
			this.changeLog.pruneBefore(now.minus(KEEP));
		}
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar timers) {
		timers.addFixedDelayTask(new FixedDelayTask(this::poll, this.interval, this.interval));
	}

}
