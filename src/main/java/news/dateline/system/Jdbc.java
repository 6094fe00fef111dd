package news.dateline.system;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Moves {@link Instant}s in and out of {@code timestamp with time zone} columns in plain
 * JDBC, the same way on H2 and PostgreSQL (whose driver takes {@link OffsetDateTime}, not
 * {@link Instant}).
 */
public final class Jdbc {

	private Jdbc() {
	}

	public static OffsetDateTime timestamp(Instant instant) {
		return (instant == null) ? null : instant.atOffset(ZoneOffset.UTC);
	}

	public static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value == null) ? null : value.toInstant();
	}

}
