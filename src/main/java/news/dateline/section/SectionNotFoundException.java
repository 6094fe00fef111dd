package news.dateline.section;

import news.dateline.system.NotFoundException;

/**
 * No section has the slug a reader asked for.
 */
public class SectionNotFoundException extends NotFoundException {

	public SectionNotFoundException(String slug) {
		super("section " + slug);
	}

}
