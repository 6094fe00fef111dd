package news.dateline.security;

import java.util.Optional;

import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

/**
 * The acting staff member when no sign-in is configured: nobody, so every admin action is refused.
 * Any other {@link CurrentActor} bean (the Spring Security one) takes precedence over this fallback.
 */
@Component
@Fallback
class AnonymousCurrentActor implements CurrentActor {

	@Override
	public Optional<Actor> find() {
		return Optional.empty();
	}

}
