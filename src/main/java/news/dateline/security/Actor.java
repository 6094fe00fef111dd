package news.dateline.security;

/**
 * The signed-in staff member a service acts for: who they are and their role. Services
 * take their authorization decisions from this, never from what the page showed.
 */
public record Actor(Long userId, String displayName, Role role) {

	public boolean isAtLeast(Role required) {
		return this.role.isAtLeast(required);
	}

	/** Refuses the action unless the actor's role is at least the one given. */
	public void require(Role required) {
		if (!isAtLeast(required)) {
			throw new org.springframework.security.access.AccessDeniedException(
					this.displayName + " (" + this.role + ") may not do this");
		}
	}

}
