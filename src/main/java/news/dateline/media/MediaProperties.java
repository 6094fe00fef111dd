package news.dateline.media;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Where the media library keeps its files and what it accepts.
 *
 * @param dir the directory of the re-encoded files (shared by every node; back it up with
 * the database)
 * @param maxFileSize the largest upload accepted
 * @param maxPixels the most pixels (width times height) an upload may declare, read from
 * its header before anything is decoded, so a small file cannot unpack into gigabytes
 */
@ConfigurationProperties("dateline.media")
@Validated
public record MediaProperties(@DefaultValue("./data/media") @NotNull Path dir,
		@DefaultValue("10MB") @NotNull DataSize maxFileSize, @DefaultValue("40000000") @Positive long maxPixels) {

	/** The limit as an editor reads it, e.g. "10 MB". */
	public String maxFileSizeLabel() {
		long bytes = this.maxFileSize.toBytes();
		if (bytes % (1024 * 1024) == 0) {
			return (bytes / (1024 * 1024)) + " MB";
		}
		if (bytes % 1024 == 0) {
			return (bytes / 1024) + " KB";
		}
		return bytes + " bytes";
	}

}
