package news.dateline.section;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sections as an export writes them: every section with its parent's slug, in the
 * order readers see them.
 */
@Service
@Transactional(readOnly = true)
public class SectionExports {

	private final JdbcClient jdbc;

	SectionExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A section as exported; {@code parentSlug} is null for a top-level section. */
	public record ExportedSection(long id, String slug, String name, String description, int position,
			String parentSlug) {
	}

	public List<ExportedSection> all() {
		return this.jdbc
			.sql("select s.id, s.slug, s.name, s.description, s.position, p.slug as parent_slug from section s"
					+ " left join section p on p.id = s.parent_id order by s.position, s.name, s.id")
			.query((rs, n) -> new ExportedSection(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("description"), rs.getInt("position"), rs.getString("parent_slug")))
			.list();
	}

}
