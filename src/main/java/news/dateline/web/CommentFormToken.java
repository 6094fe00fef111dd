package news.dateline.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import news.dateline.system.Signer;

/**
 * The signed token in every "Leave a Reply" form: which story the form belongs to and
 * when it was served. It lets the form work on a cached page without a session, tells the
 * comment service how long the form was open, and refuses forms that were not served by
 * this site. The "Report an error" form carries one too, signed for its own purpose so
 * neither form's token passes for the other's.
 */
@Component
class CommentFormToken {

	static final Duration MAX_AGE = Duration.ofDays(7);

	private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})\\.(\\d{1,12})\\.([A-Za-z0-9_-]{1,64})");

	private final Signer signer;

	private final Clock clock;

	CommentFormToken(Signer signer, Clock clock) {
		this.signer = signer;
		this.clock = clock;
	}

	static final String COMMENT = "comment-form";

	static final String REPORT = "report-form";

	String issue(Long articleId) {
		return issue(COMMENT, articleId);
	}

	String issue(String purpose, Long articleId) {
		String payload = articleId + "." + this.clock.instant().getEpochSecond();
		return payload + "." + this.signer.sign(purpose + ":" + payload);
	}

	/**
	 * The form's story and issue time, if the token is well formed, signed here and not
	 * expired.
	 */
	Optional<Issued> verify(String token) {
		return verify(COMMENT, token);
	}

	/** As {@link #verify(String)}, for a token issued for the given purpose. */
	Optional<Issued> verify(String purpose, String token) {
		if (token == null) {
			return Optional.empty();
		}
		Matcher matcher = FORMAT.matcher(token);
		if (!matcher.matches()
				|| !this.signer.verify(purpose + ":" + matcher.group(1) + "." + matcher.group(2), matcher.group(3))) {
			return Optional.empty();
		}
		Instant issuedAt = Instant.ofEpochSecond(Long.parseLong(matcher.group(2)));
		Instant now = this.clock.instant();
		if (issuedAt.plus(MAX_AGE).isBefore(now) || issuedAt.isAfter(now.plusSeconds(60))) {
			return Optional.empty();
		}
		// the token carries its time in whole seconds, so the age is counted in whole
		// seconds too
		return Optional.of(new Issued(Long.parseLong(matcher.group(1)),
				Duration.ofSeconds(now.getEpochSecond() - issuedAt.getEpochSecond())));
	}

	/** A verified token: the story and how long ago the form was served. */
	record Issued(Long articleId, Duration age) {
	}

}
