package news.dateline.live;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes at once that a live story was written to, on PostgreSQL: each
 * write sends {@code NOTIFY dateline_live} inside its transaction (delivered on commit),
 * and a thread of every node holds one connection of its own that {@code LISTEN}s and
 * publishes {@link LiveNotified}. On other databases this does nothing and nodes learn of
 * writes from the change log, a couple of seconds later.
 */
@Component
class LiveNotifications implements SmartLifecycle {

	static final String CHANNEL = "dateline_live";

	private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final String url;

	private final String username;

	private final String password;

	private volatile boolean running;

	private Thread listener;

	LiveNotifications(JdbcClient jdbc, ApplicationEventPublisher events, @Value("${spring.datasource.url:}") String url,
			@Value("${spring.datasource.username:}") String username,
			@Value("${spring.datasource.password:}") String password) {
		this.jdbc = jdbc;
		this.events = events;
		this.url = url;
		this.username = username;
		this.password = password;
	}

	boolean postgres() {
		return this.url.startsWith("jdbc:postgresql:");
	}

	/** Sends the notification of a write, inside the writing transaction. */
	void notifyWrite(Long articleId) {
		if (postgres()) {
			this.jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, articleId.toString()).query().listOfRows();
		}
	}

	@Override
	public void start() {
		if (!postgres()) {
			return;
		}
		this.running = true;
		this.listener = new Thread(this::listen, "live-listen");
		this.listener.setDaemon(true);
		this.listener.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.listener != null) {
			this.listener.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = DriverManager.getConnection(this.url, this.username, this.password)) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("LISTEN " + CHANNEL);
				}
				Class<?> type = Class.forName("org.postgresql.PGConnection");
				Object pg = connection.unwrap(type);
				Method poll = type.getMethod("getNotifications", int.class);
				Method parameterOf = Class.forName("org.postgresql.PGNotification").getMethod("getParameter");
				while (this.running) {
					Object[] notices = (Object[]) poll.invoke(pg, 500);
					if (notices != null) {
						for (Object notice : notices) {
							String parameter = (String) parameterOf.invoke(notice);
							this.events.publishEvent(new LiveNotified(Long.valueOf(parameter)));
						}
					}
				}
			}
			catch (SQLException | ReflectiveOperationException | RuntimeException ex) {
				if (this.running) {
					log.warn("Live notifications interrupted; listening again in 2 s", ex);
					sleep();
				}
			}
		}
	}

	private void sleep() {
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
