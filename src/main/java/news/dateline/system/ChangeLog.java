package news.dateline.system;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code change_log} table: one row per change readers can see, written in the changing
 * transaction and read by every node's {@link ChangePoller}.
 */
@Component
public class ChangeLog {

	private final JdbcClient jdbc;

	private final Clock clock;

	ChangeLog(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Adds a row for the change; runs inside the caller's transaction. */
	public void record(ContentChange change) {
		this.jdbc.sql("insert into change_log (entity_type, entity_id, changed_at) values (?, ?, ?)")
			.params(change.entityType(), change.entityId(), Jdbc.timestamp(this.clock.instant()))
			.update();
	}

	/** Up to {@code limit} rows with an id above the given one, oldest first. */
	public List<Change> after(long id, int limit) {
		return this.jdbc
			.sql("select id, entity_type, entity_id, changed_at from change_log where id > ? order by id limit ?")
			.params(id, limit)
			.query(ChangeLog::row)
			.list();
	}

	/** The rows with these ids that exist (committed) now. */
	public List<Change> withIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select id, entity_type, entity_id, changed_at from change_log where id in (:ids) order by id")
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
		return new Change(rs.getLong(1), rs.getString(2), rs.getLong(3), Jdbc.instant(rs, 4));
	}

	/** One row of the change log. */
	public record Change(long id, String entityType, long entityId, Instant changedAt) {

		public boolean is(String type) {
			return this.entityType.equals(type);
		}

	}

}
