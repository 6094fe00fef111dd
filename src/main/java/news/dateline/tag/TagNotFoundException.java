package news.dateline.tag;

import news.dateline.system.NotFoundException;

/**
 * No tag has the slug a reader asked for.
 */
public class TagNotFoundException extends NotFoundException {

	public TagNotFoundException(String slug) {
		super("tag " + slug);
	}

}
