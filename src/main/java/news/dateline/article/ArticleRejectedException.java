package news.dateline.article;

import news.dateline.system.FieldRejectedException;

/**
 * An edit the service refuses for one field (a slug another story uses, an unknown
 * byline): the editor sees the message beside that field and keeps their input.
 */
public class ArticleRejectedException extends FieldRejectedException {

	public ArticleRejectedException(String field, String messageKey) {
		super(field, messageKey);
	}

}
