package news.dateline.mail;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The shared bodies the sender is sending (digest editions), each read and encoded once
 * ({@link EncodedBody}) for all its copies. A stored body never changes, so a node keeps
 * the few newest in memory.
 */
@Component
class SharedBodies {

	/** More bodies than are sent at once on any node. */
	private static final int KEPT = 16;

	private final JdbcTemplate jdbc;

	private final Map<Long, EncodedBody> encoded = new ConcurrentHashMap<>();

	SharedBodies(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	EncodedBody get(long id) {
		EncodedBody body = this.encoded.get(id);
		if (body == null) {
			body = this.jdbc.queryForObject("select text_body, html_body from mail_body where id = ?",
					(rs, row) -> EncodedBody.of(rs.getString(1), rs.getString(2)), id);
			if (this.encoded.size() >= KEPT) {
				this.encoded.clear();
			}
			this.encoded.put(id, body);
		}
		return body;
	}

}
