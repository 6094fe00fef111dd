package news.dateline.tag;

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
 * The tags as an export writes them, a page at a time in id order, each with its names in
 * the other languages.
 */
@Service
@Transactional(readOnly = true)
public class TagExports {

	private final JdbcClient jdbc;

	private final LocalisedNames names;

	TagExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.names = new LocalisedNames(jdbc, "tag_translation", "tag_id", false);
	}

	/** A tag as exported; {@code translations} its names in the other languages. */
	public record ExportedTag(long id, String slug, String name, List<LocalisedName> translations) {
	}

	/** Up to {@code size} tags with ids above {@code after}. */
	public List<ExportedTag> page(long after, int size) {
		List<ExportedTag> tags = this.jdbc.sql("select id, slug, name from tag where id > ? order by id limit ?")
			.params(after, size)
			.query((rs, n) -> new ExportedTag(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					new ArrayList<>()))
			.list();
		Map<Long, ExportedTag> byId = new HashMap<>();
		tags.forEach((tag) -> byId.put(tag.id(), tag));
		this.names.of(byId.keySet()).forEach((name) -> byId.get(name.ownerId()).translations().add(name));
		return tags;
	}

}
