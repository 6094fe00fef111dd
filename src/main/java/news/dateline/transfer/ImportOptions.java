package news.dateline.transfer;

import java.nio.file.Path;

/**
 * Where one import finds the media files its attachments name: a copy of WordPress's
 * {@code wp-content/uploads} folder given with the import (an attachment URL's path after
 * {@code /uploads/} is looked up in it), and whether files missing there are fetched from
 * their URLs.
 *
 * @param uploads the uploads folder, or null when none was given
 * @param fetchMedia whether to download a file that is not in the folder from its URL
 */
public record ImportOptions(Path uploads, boolean fetchMedia) {

	/** No folder and no downloads: attachments are reported as missing. */
	public static final ImportOptions NONE = new ImportOptions(null, false);

}
