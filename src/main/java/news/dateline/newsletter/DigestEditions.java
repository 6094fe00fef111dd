package news.dateline.newsletter;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.Optional;

/**
 * When a digest list is due: the daily digest once a day, a weekly digest once a week on
 * its day, each from its time of day on in the site's time zone. An edition is named by
 * its day ({@code 2026-12-03}) or ISO week ({@code 2026-W49}); a node that was down at
 * the time sends the edition when it starts, the same day.
 */
final class DigestEditions {

	private DigestEditions() {
	}

	/**
	 * The edition of the list due at {@code now}, or empty when it is not yet time today
	 * (or, for a weekly list, not its day).
	 * @param weekday the weekly list's day, or null for a daily list
	 */
	static Optional<String> due(Instant now, ZoneId zone, LocalTime at, DayOfWeek weekday) {
		ZonedDateTime local = now.atZone(zone);
		if (local.toLocalTime().isBefore(at)) {
			return Optional.empty();
		}
		if (weekday == null) {
			return Optional.of(local.toLocalDate().toString());
		}
		if (local.getDayOfWeek() != weekday) {
			return Optional.empty();
		}
		return Optional.of(String.format("%d-W%02d", local.get(IsoFields.WEEK_BASED_YEAR),
				local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
	}

}
