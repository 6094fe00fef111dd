package news.dateline.transfer;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file sent to the import: its name as the browser gave it, its size as declared, and
 * how to read it.
 */
public record ImportUpload(String fileName, long size, Content content) {

	/** Opens the uploaded bytes. */
	@FunctionalInterface
	public interface Content {

		InputStream open() throws IOException;

	}

}
