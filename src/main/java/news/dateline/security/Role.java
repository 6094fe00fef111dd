package news.dateline.security;

/**
 * Staff roles, with the meanings newsrooms know from WordPress and Ghost. Each role can
 * do what the roles before it can.
 */
public enum Role {

	/** Writes own drafts and submits them for review; cannot publish or upload. */
	CONTRIBUTOR,

	/** Publishes own stories and uploads media. */
	AUTHOR,

	/**
	 * Edits, schedules, publishes, unpublishes and corrects any story; moderates
	 * comments; manages newsroom data.
	 */
	EDITOR,

	/** All of that, plus users and site settings. */
	ADMINISTRATOR;

	public boolean isAtLeast(Role other) {
		return compareTo(other) >= 0;
	}

	/** The Spring Security authority of the role, e.g. {@code ROLE_EDITOR}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
