package news.dateline.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link OutboxSender} on a thread of its own (a large newsletter must not hold
 * up the other timers), every poll interval, on every node: row claims keep two nodes
 * from sending the same mail. Off with {@code dateline.scheduling.enabled=false} (tests
 * call the sender directly).
 */
@Component
@ConditionalOnBooleanProperty(name = "dateline.scheduling.enabled", matchIfMissing = true)
class OutboxSenderThread implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSenderThread.class);

	private final OutboxSender sender;

	private final MailProperties properties;

	private volatile Thread thread;

	OutboxSenderThread(OutboxSender sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (!this.sender.isConfigured()) {
			logger.info("No mail server configured (spring.mail.host): mail is kept in the outbox, see Admin > Mail");
		}
		Thread started = new Thread(this::run, "mail-sender");
		started.setDaemon(true);
		this.thread = started;
		started.start();
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				this.sender.deliverDue();
				Thread.sleep(this.properties.pollInterval().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException ex) {
				logger.warn("Mail sending failed; trying again in {}", this.properties.pollInterval(), ex);
				try {
					Thread.sleep(this.properties.pollInterval().toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
				}
			}
		}
	}

	@Override
	public void stop() {
		Thread running = this.thread;
		this.thread = null;
		if (running != null) {
			running.interrupt();
			try {
				running.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.thread != null;
	}

}
