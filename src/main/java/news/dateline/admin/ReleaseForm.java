package news.dateline.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The time a story is scheduled for, or its embargo lifts, as a {@code datetime-local} field in the
 * site's time zone.
 */
record ReleaseForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at) {

	static ReleaseForm empty() {
		return new ReleaseForm(null);
	}

	Instant instantIn(ZoneId zone) {
		return this.at.atZone(zone).toInstant();
	}

}
