package news.dateline.tag;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The tags as an export writes them, a page at a time in id order. */
@Service
@Transactional(readOnly = true)
public class TagExports {

	private final JdbcClient jdbc;

	TagExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record ExportedTag(long id, String slug, String name) {
	}

	/** Up to {@code size} tags with ids above {@code after}. */
	public List<ExportedTag> page(long after, int size) {
		return this.jdbc.sql("select id, slug, name from tag where id > ? order by id limit ?")
			.params(after, size)
			.query((rs, n) -> new ExportedTag(rs.getLong("id"), rs.getString("slug"), rs.getString("name")))
			.list();
	}

}
