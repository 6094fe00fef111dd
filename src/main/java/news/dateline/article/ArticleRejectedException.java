package news.dateline.article;

/**
 * An edit the service refuses for one field (a slug another story uses, an unknown byline): the
 * editor sees the message beside that field and keeps their input.
 */
public class ArticleRejectedException extends RuntimeException {

	private final String field;

	private final String messageKey;

	public ArticleRejectedException(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return this.field;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
