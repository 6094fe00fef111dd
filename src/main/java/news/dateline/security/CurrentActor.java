package news.dateline.security;

import java.util.Optional;

/**
 * Tells services who is acting in the current request (or scheduled job). Implemented
 * from the Spring Security context; tests supply their own.
 */
public interface CurrentActor {

	/** The signed-in staff member, or empty for readers and background jobs. */
	Optional<Actor> find();

	/** The signed-in staff member; an anonymous caller is refused. */
	default Actor require() {
		return find().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
	}

	/**
	 * The signed-in staff member, refused unless their role is at least the one given.
	 */
	default Actor require(Role role) {
		Actor actor = require();
		actor.require(role);
		return actor;
	}

}
