package news.dateline.media;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where the media library keeps its files and what it accepts.
 *
 * @param dir the directory of the re-encoded files (shared by every node; back it up with the database)
 * @param maxFileSize the largest upload accepted
 * @param maxPixels the most pixels (width times height) an upload may declare, read from its header
 * before anything is decoded, so a small file cannot unpack into gigabytes
 */
@ConfigurationProperties("dateline.media")
public record MediaProperties(Path dir, DataSize maxFileSize, long maxPixels) {

	public MediaProperties {
		dir = (dir != null) ? dir : Path.of("data", "media");
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(10);
		maxPixels = (maxPixels > 0) ? maxPixels : 40_000_000L;
	}

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
