package news.dateline.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code change_log} table: one row per change readers can see, written in the
 * changing transaction and read by every node's {@link ChangePoller}.
 */
@Component
public class ChangeLog {

	static final int MAX_KEYS_LENGTH = 4000;

	private final JdbcClient jdbc;

	private final Clock clock;

	ChangeLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Adds a row for the change (several when its keys do not fit in one); runs inside
	 * the caller's transaction.
	 */
	public void record(ContentChanged change) {
		for (String keys : ContentKeys.joined(change.keys(), MAX_KEYS_LENGTH)) {
			this.jdbc.sql("insert into change_log (content_keys, changed_at) values (?, ?)")
				.params(keys, Jdbc.timestamp(this.clock.instant()))
				.update();
		}
	}

	/** Up to {@code limit} rows with an id above the given one, oldest first. */
	public List<Change> after(long id, int limit) {
		return this.jdbc.sql(
				"select id, content_keys, changed_at, entity_type, entity_id from change_log where id > ? order by id limit ?")
			.params(id, limit)
			.query(ChangeLog::row)
			.list();
	}

	/** The rows with these ids that exist (committed) now. */
	public List<Change> withIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(
				"select id, content_keys, changed_at, entity_type, entity_id from change_log where id in (:ids) order by id")
			.param("ids", ids)
			.query(ChangeLog::row)
			.list();
	}

	/** The id of the newest row, or 0 when there is none. */
	public long latestId() {
		return this.jdbc.sql("select coalesce(max(id), 0) from change_log").query(Long.class).single();
	}

	/** Removes rows older than the given moment; every node has long seen them. */
	public int pruneBefore(Instant before) {
		return this.jdbc.sql("delete from change_log where changed_at < ?").param(Jdbc.timestamp(before)).update();
	}

	private static Change row(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		String keys = rs.getString(2);
		if (keys == null && rs.getString(4) != null) {
			// a row of an older release: its entity, as a key
			keys = rs.getString(4) + ":" + rs.getLong(5);
		}
		return new Change(rs.getLong(1),
				(keys == null || keys.isBlank()) ? List.of() : List.of(keys.trim().split(" +")), Jdbc.instant(rs, 3));
	}

	/** One row of the change log: the keys of what changed. */
	public record Change(long id, List<String> keys, Instant changedAt) {

	}

}
