package news.dateline.support;

import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;

import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;

/**
 * The acting staff member, as a test sets it ({@link #actAs}); unset, it asks the
 * application's own {@link CurrentActor}. One value for every thread, so concurrent tests
 * act as the same person.
 */
public class TestActor implements CurrentActor {

	private final ObjectProvider<CurrentActor> application;

	private volatile Actor actor;

	TestActor(ObjectProvider<CurrentActor> application) {
		this.application = application;
	}

	/** Acts as a staff member with this id, name and role until {@link #clear()}. */
	public Actor actAs(long userId, String name, Role role) {
		this.actor = new Actor(userId, name, role);
		return this.actor;
	}

	public void clear() {
		this.actor = null;
	}

	@Override
	public Optional<Actor> find() {
		Actor current = this.actor;
		if (current != null) {
			return Optional.of(current);
		}
		return this.application.orderedStream()
			.filter((candidate) -> candidate != this)
			.findFirst()
			.flatMap(CurrentActor::find);
	}

}
