package news.dateline.web;

/**
 * A public form was sent from another site: answered with the 403 page.
 */
class CrossSiteFormException extends RuntimeException {

	CrossSiteFormException() {
		super("form sent from another site");
	}

}
