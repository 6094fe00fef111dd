package news.dateline.system;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Writes instants for readers' machines: HTML's {@code <time datetime>}, Open Graph and
 * JSON-LD take at most three fractional digits, so the clock's microseconds are cut to
 * milliseconds.
 */
public final class Timestamps {

	private Timestamps() {
	}

	/** "2026-06-20T09:00:00.123Z" (or "…09:00:00Z" on a whole second); null for null. */
	public static String iso(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MILLIS).toString() : null;
	}

}
