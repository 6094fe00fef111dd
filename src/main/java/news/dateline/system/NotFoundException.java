package news.dateline.system;

/**
 * Something a reader asked for does not exist (or is not public): answered with the 404
 * page.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what);
	}

}
