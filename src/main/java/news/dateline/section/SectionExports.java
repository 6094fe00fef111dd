package news.dateline.section;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.system.LocalisedName;
import news.dateline.system.LocalisedNames;

/**
 * The sections as an export writes them: every section with its parent's slug and its
 * names in the other languages, in the order readers see them.
 */
@Service
@Transactional(readOnly = true)
public class SectionExports {

	private final JdbcClient jdbc;

	private final LocalisedNames names;

	SectionExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.names = new LocalisedNames(jdbc, "section_translation", "section_id", true);
	}

	/**
	 * A section as exported; {@code parentSlug} is null for a top-level section,
	 * {@code translations} its names in the other languages, by language.
	 */
	public record ExportedSection(long id, String slug, String name, String description, int position,
			String parentSlug, List<LocalisedName> translations) {
	}

	public List<ExportedSection> all() {
		Map<Long, List<LocalisedName>> translations = new HashMap<>();
		this.names.everything()
			.forEach((name) -> translations.computeIfAbsent(name.ownerId(), (id) -> new ArrayList<>()).add(name));
		return this.jdbc
			.sql("select s.id, s.slug, s.name, s.description, s.position, p.slug as parent_slug from section s"
					+ " left join section p on p.id = s.parent_id order by s.position, s.name, s.id")
			.query((rs, n) -> new ExportedSection(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("description"), rs.getInt("position"), rs.getString("parent_slug"),
					translations.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

}
