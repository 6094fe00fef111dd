package news.dateline.transfer;

import java.io.IOException;
import java.io.OutputStream;

/**
 * An export ready to be written to a download: its file name and what writes it, as it
 * reads the database.
 */
public record WxrDownload(String fileName, Body body) {

	/** Writes the export to the stream. */
	@FunctionalInterface
	public interface Body {

		void writeTo(OutputStream out) throws IOException;

	}

}
