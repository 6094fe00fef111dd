package news.dateline.author;

import news.dateline.system.NotFoundException;

/**
 * No author has the slug a reader asked for.
 */
public class AuthorNotFoundException extends NotFoundException {

	public AuthorNotFoundException(String slug) {
		super("author " + slug);
	}

}
