package news.dateline.author;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authors as an export writes them, a page at a time in id order, each with its beats
 * and links in their order and its bios in the other languages.
 */
@Service
@Transactional(readOnly = true)
public class AuthorExports {

	private final JdbcClient jdbc;

	AuthorExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An author as exported; {@code bios} its bios in the other languages, by language.
	 */
	public record ExportedAuthor(long id, String slug, String name, String bio, String photoUrl, List<String> beats,
			List<AuthorLink> links, Map<String, String> bios) {
	}

	/** Up to {@code size} authors with ids above {@code after}. */
	public List<ExportedAuthor> page(long after, int size) {
		List<ExportedAuthor> authors = this.jdbc
			.sql("select id, slug, name, bio, photo_url from author where id > ? order by id limit ?")
			.params(after, size)
			.query((rs, n) -> new ExportedAuthor(rs.getLong("id"), rs.getString("slug"), rs.getString("name"),
					rs.getString("bio"), rs.getString("photo_url"), new ArrayList<>(), new ArrayList<>(),
					new TreeMap<>()))
			.list();
		if (authors.isEmpty()) {
			return authors;
		}
		Map<Long, ExportedAuthor> byId = new HashMap<>();
		authors.forEach((author) -> byId.put(author.id(), author));
		this.jdbc.sql("select author_id, beat from author_beat where author_id in (:ids) order by author_id, position")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getLong(1)).beats().add(rs.getString(2)))
			.list();
		this.jdbc
			.sql("select author_id, label, url from author_link where author_id in (:ids) order by author_id, position")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getLong(1)).links().add(new AuthorLink(rs.getString(2), rs.getString(3))))
			.list();
		this.jdbc.sql("select author_id, language, bio from author_bio where author_id in (:ids)")
			.param("ids", byId.keySet())
			.query((rs, n) -> byId.get(rs.getLong(1)).bios().put(rs.getString(2), rs.getString(3)))
			.list();
		return authors;
	}

}
