package news.dateline.mail;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the node's senders ({@code dateline.mail.senders} of them), each on a thread of
 * its own with its own SMTP connection (a large newsletter must not hold up the other
 * timers), every poll interval, on every node: row claims keep two senders from sending
 * the same mail. Off with {@code dateline.scheduling.enabled=false} (tests call the
 * sender directly).
 */
@Component
@ConditionalOnBooleanProperty(name = "dateline.scheduling.enabled", matchIfMissing = true)
class OutboxSenderThreads implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(OutboxSenderThreads.class);

	private final OutboxSender sender;

	private final MailProperties properties;

	private volatile List<Thread> threads = List.of();

	OutboxSenderThreads(OutboxSender sender, MailProperties properties) {
		this.sender = sender;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (!this.sender.isConfigured()) {
			logger.info("No mail server configured (spring.mail.host): mail is kept in the outbox, see Admin > Mail");
		}
		List<Thread> started = new ArrayList<>();
		for (int i = 1; i <= this.properties.senders(); i++) {
			Thread thread = new Thread(this::run, "mail-sender-" + i);
			thread.setDaemon(true);
			started.add(thread);
		}
		this.threads = List.copyOf(started);
		started.forEach(Thread::start);
	}

	private void run() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				this.sender.deliverDue();
			}
			catch (RuntimeException ex) {
				logger.warn("Mail sending failed; trying again in {}", this.properties.pollInterval(), ex);
			}
			try {
				Thread.sleep(this.properties.pollInterval().toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public void stop() {
		List<Thread> running = this.threads;
		this.threads = List.of();
		running.forEach(Thread::interrupt);
		for (Thread thread : running) {
			try {
				thread.join(10_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public boolean isRunning() {
		return !this.threads.isEmpty();
	}

}
