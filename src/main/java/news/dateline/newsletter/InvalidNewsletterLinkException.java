package news.dateline.newsletter;

/**
 * A confirmation or unsubscribe link that is forged, expired, or names an address that is
 * gone: answered with a page that says so.
 */
public class InvalidNewsletterLinkException extends RuntimeException {

	private final boolean expired;

	public InvalidNewsletterLinkException(boolean expired) {
		super(expired ? "expired newsletter link" : "invalid newsletter link");
		this.expired = expired;
	}

	public boolean isExpired() {
		return this.expired;
	}

}
