package news.dateline.comment;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The comments as an export writes them: every comment of a page of stories, whatever its
 * status, in id order within its story, so that a reply follows what it answers.
 */
@Service
@Transactional(readOnly = true)
public class CommentExports {

	private final JdbcClient jdbc;

	CommentExports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A comment as exported; {@code status} is the stored name of its status. */
	public record ExportedComment(long id, Long parentId, String authorName, String authorEmail, String authorWebsite,
			String body, String status, String heldReason, String ipHash, Instant createdAt) {
	}

	/** The comments of these stories, by story id. */
	public Map<Long, List<ExportedComment>> ofArticles(Collection<Long> articleIds) {
		Map<Long, List<ExportedComment>> comments = new HashMap<>();
		if (articleIds.isEmpty()) {
			return comments;
		}
		this.jdbc.sql("select id, article_id, parent_id, author_name, author_email, author_website, body, status,"
				+ " held_reason, ip_hash, created_at from comment where article_id in (:ids) order by article_id, id")
			.param("ids", articleIds)
			.query((rs, n) -> comments.computeIfAbsent(rs.getLong("article_id"), (id) -> new ArrayList<>())
				.add(new ExportedComment(rs.getLong("id"), rs.getObject("parent_id", Long.class),
						rs.getString("author_name"), rs.getString("author_email"), rs.getString("author_website"),
						rs.getString("body"), rs.getString("status"), rs.getString("held_reason"),
						rs.getString("ip_hash"), rs.getObject("created_at", OffsetDateTime.class).toInstant())))
			.list();
		return comments;
	}

}
