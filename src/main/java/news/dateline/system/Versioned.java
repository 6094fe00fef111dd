package news.dateline.system;

import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * A row's editable values with the version they were read at, for an edit form. Saving
 * checks the version, so two editors saving the same row get a conflict instead of a
 * silent overwrite.
 */
public record Versioned<T>(Long id, long version, T value) {

	/**
	 * Refuses a save made from an older read of the row.
	 * @throws ObjectOptimisticLockingFailureException when the row changed since the form
	 * was read
	 */
	public static void check(Class<?> type, Long id, long stored, long given) {
		if (stored != given) {
			throw new ObjectOptimisticLockingFailureException(type, id);
		}
	}

}
