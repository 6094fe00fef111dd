package news.dateline.article;

import news.dateline.system.NotFoundException;

/**
 * No live story answers to the slug a reader asked for.
 */
public class ArticleNotFoundException extends NotFoundException {

	public ArticleNotFoundException(String slug) {
		super("article " + slug);
	}

}
