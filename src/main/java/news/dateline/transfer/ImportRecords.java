package news.dateline.transfer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code import_record} table: which of another site's posts and comments are here
 * already, and as what. A record whose story or comment has since been deleted here
 * counts as absent.
 */
@Component
class ImportRecords {

	/** What was imported. */
	enum Kind {

		POST("article"), COMMENT("comment"), MEDIA("media_item");

		private final String table;

		Kind(String table) {
			this.table = table;
		}

	}

	private final JdbcClient jdbc;

	ImportRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The local id of what was imported under this id from this source, if it is still
	 * here.
	 */
	Optional<Long> find(String source, Kind kind, String externalId) {
		return this.jdbc
			.sql("select r.local_id from import_record r join " + kind.table + " t on t.id = r.local_id"
					+ " where r.source_key = ? and r.kind = ? and r.external_id = ?")
			.params(source, kind.name(), externalId)
			.query(Long.class)
			.optional();
	}

	void remember(String source, Kind kind, String externalId, Long localId, Instant at) {
		this.jdbc.sql("delete from import_record where source_key = ? and kind = ? and external_id = ?")
			.params(source, kind.name(), externalId)
			.update();
		this.jdbc.sql(
				"insert into import_record (source_key, kind, external_id, local_id, imported_at) values (?, ?, ?, ?, ?)")
			.params(source, kind.name(), externalId, localId, at.atOffset(ZoneOffset.UTC))
			.update();
	}

}
