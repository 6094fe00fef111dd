package news.dateline.admin;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The time a story is scheduled for, or its embargo lifts, as a {@code datetime-local}
 * field ({@code 2026-06-20T10:30}) in the site's time zone. Kept as text, so a missing or
 * malformed value is answered beside the field with the input kept. Its field is sent
 * with the editor's form, as {@code scheduleAt} or {@code embargoAt}.
 */
record ReleaseForm(String at) {

	static ReleaseForm empty() {
		return new ReleaseForm("");
	}

	/** The moment meant, or empty when the text is not a date and time. */
	Optional<Instant> instantIn(ZoneId zone) {
		try {
			return Optional.of(LocalDateTime.parse((this.at != null) ? this.at.trim() : "").atZone(zone).toInstant());
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

}
