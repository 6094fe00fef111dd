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
 * @param language the edition the stories belong to when the file does not say (a
 * WordPress export); null for the default edition
 */
public record ImportOptions(Path uploads, boolean fetchMedia, String language) {

	/** No folder and no downloads: attachments are reported as missing. */
	public static final ImportOptions NONE = new ImportOptions(null, false);

	public ImportOptions(Path uploads, boolean fetchMedia) {
		this(uploads, fetchMedia, null);
	}

	/** The same options for stories of this edition. */
	public ImportOptions inLanguage(String code) {
		return new ImportOptions(this.uploads, this.fetchMedia, code);
	}

}
