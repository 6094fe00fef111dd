package news.dateline.mail;

import news.dateline.system.NotFoundException;

/**
 * No outbox mail with this id.
 */
public class MailNotFoundException extends NotFoundException {

	public MailNotFoundException(long id) {
		super("mail " + id);
	}

}
