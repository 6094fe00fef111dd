package news.dateline.media;

import news.dateline.system.NotFoundException;

/**
 * No library image (or no such variant of one) answers to this id or name.
 */
public class MediaNotFoundException extends NotFoundException {

	public MediaNotFoundException(String what) {
		super("Media " + what);
	}

}
