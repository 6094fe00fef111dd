package news.dateline.source;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The sources as an export writes them, a page at a time in id order. */
@Service
@Transactional(readOnly = true)
public class SourceExports {

	private final JdbcClient jdbc;

	SourceExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A source as exported; {@code kind} is the stored name of its {@link SourceKind}.
	 */
	public record ExportedSource(long id, String slug, String name, String kind, String url, String attribution) {
	}

	/** Up to {@code size} sources with ids above {@code after}. */
	public List<ExportedSource> page(long after, int size) {
		return this.jdbc
			.sql("select id, slug, name, kind, url, attribution_template from source where id > ? order by id limit ?")
			.params(after, size)
			.query((rs, n) -> new ExportedSource(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("kind"), rs.getString("url"), rs.getString("attribution_template")))
			.list();
	}

}
