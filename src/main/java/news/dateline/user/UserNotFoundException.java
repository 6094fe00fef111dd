package news.dateline.user;

import news.dateline.system.NotFoundException;

/**
 * No staff account has the id asked for.
 */
public class UserNotFoundException extends NotFoundException {

	public UserNotFoundException(Long id) {
		super("staff user " + id);
	}

}
