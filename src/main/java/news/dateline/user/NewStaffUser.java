package news.dateline.user;

import news.dateline.security.Role;

/**
 * A staff account to create: who, with which role and first password (none: invite them
 * by mail), and an optional byline.
 */
public record NewStaffUser(String email, String displayName, Role role, String password, Long authorId) {

	/** The same account with another first password. */
	public NewStaffUser withPassword(String other) {
		return new NewStaffUser(this.email, this.displayName, this.role, other, this.authorId);
	}

}
