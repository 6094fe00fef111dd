package news.dateline.source;

import news.dateline.system.NotFoundException;

/**
 * No source has the slug a reader asked for.
 */
public class SourceNotFoundException extends NotFoundException {

	public SourceNotFoundException(String slug) {
		super("source " + slug);
	}

}
