package news.dateline.transfer;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How the WordPress import works, from {@code dateline.import.*}.
 *
 * @param maxSize the largest export the admin's import takes (also the server's upload
 * limit, set from it in application.properties)
 * @param progressInterval how often a running import writes its progress to the database
 * @param uploads a copy of WordPress's {@code wp-content/uploads} folder, where the
 * import finds attachments' files; none by default
 * @param fetchMedia whether to fetch an attachment's file from its URL when it is not in
 * the uploads folder
 * @param sourceMeta post meta keys whose value names a source, each as {@code key=KIND}
 * @param timeZone the time zone of an export's local dates that carry none; the site's
 * when not set
 */
@ConfigurationProperties("dateline.import")
@Validated
public record ImportSettings(@DefaultValue("1GB") @NotNull DataSize maxSize,
		@DefaultValue("500ms") @NotNull Duration progressInterval, Path uploads,
		@DefaultValue("true") boolean fetchMedia, @DefaultValue( {
				"source=WIRE", "syndication_source=PARTNER",
				"syndication_partner=PARTNER" }) @NotEmpty List<String> sourceMeta,
		ZoneId timeZone){

	public ImportSettings {
		if (uploads != null && uploads.toString().isBlank()) {
			uploads = null;
		}
	}

	/** The zone of dates without one: this setting's, or else the site's. */
	ZoneId timeZoneOr(ZoneId siteZone) {
		return (this.timeZone != null) ? this.timeZone : siteZone;
	}

}
