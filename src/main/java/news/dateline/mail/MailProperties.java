package news.dateline.mail;

import java.time.Duration;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How Dateline sends mail, from {@code dateline.mail.*}; where it sends it (host, port,
 * account) is Spring Boot's {@code spring.mail.*}. Without {@code spring.mail.host}
 * nothing is sent and mail stays in the outbox, readable in the admin.
 *
 * @param from the sender address, on the site's own domain
 * @param fromName the name shown beside it
 * @param rate the most messages a node sends per second, all its senders together
 * @param senders sender threads per node, each with its own SMTP connection
 * @param batchSize how many queued messages a sender claims at once
 * @param claimLease how long a claim holds before another node may take the rows back
 * @param pollInterval how often each node looks for queued mail
 * @param maxAttempts tries of a temporarily refused message before it is marked failed
 * @param retryDelay the wait after the first temporary failure, doubled after each
 * further one
 * @param suppressAfter permanent refusals after which an address gets no more mail
 */
@Validated
@ConfigurationProperties("dateline.mail")
public record MailProperties(@NotBlank @DefaultValue("newsroom@dateline.example") String from,
		@NotBlank @DefaultValue("Dateline") String fromName, @DecimalMin("0.1") @DefaultValue("50") double rate,
		@Min(1) @Max(32) @DefaultValue("4") int senders, @Min(1) @Max(1000) @DefaultValue("100") int batchSize,
		@NotNull @DefaultValue("2m") Duration claimLease, @NotNull @DefaultValue("2s") Duration pollInterval,
		@Min(1) @Max(50) @DefaultValue("8") int maxAttempts, @NotNull @DefaultValue("1m") Duration retryDelay,
		@Min(1) @DefaultValue("3") int suppressAfter) {

	/** The domain part of the sender address, used in Message-IDs. */
	public String domain() {
		int at = this.from.lastIndexOf('@');
		return (at < 0) ? "localhost" : this.from.substring(at + 1);
	}

	/**
	 * The wait before try {@code attempt + 1}: the retry delay doubled per earlier try,
	 * at most a day.
	 */
	Duration backoff(int attempt) {
		Duration delay = this.retryDelay.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 16));
		return (delay.compareTo(Duration.ofDays(1)) > 0) ? Duration.ofDays(1) : delay;
	}

}
