package news.dateline.feed;

/**
 * A list's feed asked for at an address that is not its own in the edition (another
 * edition's slug of a section or tag): {@link FeedController} answers 301 to the feed
 * under {@link #pagePath()}.
 */
class FeedMovedException extends RuntimeException {

	private final String pagePath;

	/**
	 * @param pagePath the list page's path in the edition, such as
	 * {@code /es/sections/mundo}
	 */
	FeedMovedException(String pagePath) {
		super(pagePath, null, false, false);
		this.pagePath = pagePath;
	}

	String pagePath() {
		return this.pagePath;
	}

}
