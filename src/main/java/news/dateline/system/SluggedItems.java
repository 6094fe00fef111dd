package news.dateline.system;

import java.util.function.BiConsumer;
import java.util.function.BiPredicate;

/**
 * Creates and changes one kind of the newsroom's versioned items that readers reach by a
 * unique slug (authors, sections, sources): a save made from an older version is refused,
 * the slug asked for (or one made from the name) is refused on its field when another
 * item has it, and the name is stripped. Authorization and the audit entry stay with the
 * owning service.
 *
 * @param <E> the entity
 * @param <D> what an editor sets on it
 */
public final class SluggedItems<E extends SluggedItems.Item, D extends SluggedItems.Details<D>> {

	private final Class<E> type;

	private final int slugLength;

	private final BiConsumer<E, D> apply;

	private final BiPredicate<String, Long> takenByAnother;

	/**
	 * @param apply writes checked details onto the entity
	 * @param takenByAnother whether an item other than the one with the given id (-1 for
	 * a new item) has the slug
	 */
	public SluggedItems(Class<E> type, int slugLength, BiConsumer<E, D> apply,
			BiPredicate<String, Long> takenByAnother) {
		this.type = type;
		this.slugLength = slugLength;
		this.apply = apply;
		this.takenByAnother = takenByAnother;
	}

	/** Writes the details onto a new item, which the caller then saves. */
	public E create(E blank, D details) {
		this.apply.accept(blank, checked(details, null));
		return blank;
	}

	/**
	 * Writes the details onto a stored item, unless it changed since the editor's
	 * version.
	 */
	public E update(E item, long version, D details) {
		Versioned.check(this.type, item.getId(), item.getVersion(), version);
		this.apply.accept(item, checked(details, item.getId()));
		return item;
	}

	private D checked(D details, Long id) {
		String slug = Slugs.available(details.slug(), details.name(), this.slugLength,
				(taken) -> this.takenByAnother.test(taken, (id != null) ? id : -1L));
		return details.named(details.name().strip(), slug);
	}

	/** A stored item: its id and the version that guards it. */
	public interface Item {

		Long getId();

		long getVersion();

	}

	/**
	 * What an editor sets on an item: a name, a slug (empty: made from the name) and the
	 * rest.
	 */
	public interface Details<D> {

		String name();

		String slug();

		/** The same details with this name and slug. */
		D named(String name, String slug);

	}

}
