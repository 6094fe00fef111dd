package news.dateline.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import news.dateline.media.MediaDetails;
import news.dateline.system.Versioned;

/**
 * A library image's description and rights as an editor changes them after the upload,
 * with the version read. The rights end at the start of {@code rightsExpireOn} (a date in
 * the site's time zone; empty: never).
 */
record MediaDetailsForm(@NotBlank @Size(max = 500) String alt, @Size(max = 1000) String caption,
		@Size(max = 300) String credit, @Size(max = 160) String source, @Size(max = 300) String licence,
		@Pattern(regexp = "(\\d{4}-\\d{2}-\\d{2})?") String rightsExpireOn, long version) {

	static MediaDetailsForm of(Versioned<MediaDetails> media, ZoneId zone) {
		MediaDetails details = media.value();
		String expiry = (details.rightsExpireAt() != null)
				? LocalDate.ofInstant(details.rightsExpireAt(), zone).toString() : "";
		return new MediaDetailsForm(details.alt(), details.caption(), details.credit(), details.source(),
				details.licence(), expiry, media.version());
	}

	MediaDetails toDetails(ZoneId zone) {
		return new MediaDetails(this.alt, this.caption, this.credit, this.source, this.licence, expiry(zone));
	}

	private Instant expiry(ZoneId zone) {
		if (this.rightsExpireOn == null || this.rightsExpireOn.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(this.rightsExpireOn).atStartOfDay(zone).toInstant();
		}
		catch (java.time.DateTimeException ex) {
			// an impossible date (2026-02-31): the controller refuses the field
			return null;
		}
	}

	/** Whether the expiry field holds a date that exists (or nothing). */
	boolean expiryValid() {
		if (this.rightsExpireOn == null || this.rightsExpireOn.isBlank()) {
			return true;
		}
		try {
			LocalDate.parse(this.rightsExpireOn);
			return true;
		}
		catch (java.time.DateTimeException ex) {
			return false;
		}
	}

}
