package news.dateline.transfer;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code import_job} and {@code import_job_issue} tables: each import's state,
 * counters and report, written by the node that runs it at a bounded rate and readable
 * from every node. Also the cluster-wide "one import at a time" rule: a running job holds
 * the one {@code running_slot}.
 */
@Component
class ImportJobStore {

	/**
	 * A running job whose node has not written for this long is taken as abandoned (its
	 * node stopped).
	 */
	static final Duration ABANDONED_AFTER = Duration.ofMinutes(5);

	private static final String RUNNING_SLOT = "import";

	private static final String COLUMNS = "id, file_name, state, started_at, finished_at, total_bytes, bytes_read,"
			+ " items_read, posts_imported, posts_already_there, comments_imported, comments_already_there,"
			+ " authors_created, sections_created, sources_created, skipped, repaired, failure";

	private final JdbcClient jdbc;

	ImportJobStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records a new running job, unless another one runs (on any node); true when it was
	 * recorded. A job left running by a node that stopped is marked failed first.
	 */
	boolean claim(ImportProgress job, String startedBy, Instant now) {
		this.jdbc
			.sql("update import_job set state = 'FAILED', running_slot = null, finished_at = ?, failure = ?"
					+ " where running_slot is not null and heartbeat_at < ?")
			.params(utc(now), "abandoned: its server stopped", utc(now.minus(ABANDONED_AFTER)))
			.update();
		try {
			this.jdbc
				.sql("insert into import_job (id, file_name, started_by, state, running_slot, started_at,"
						+ " heartbeat_at, total_bytes, bytes_read, items_read, posts_imported, posts_already_there,"
						+ " comments_imported, comments_already_there, authors_created, sections_created,"
						+ " sources_created, skipped, repaired) values (?, ?, ?, 'RUNNING', ?, ?, ?, ?,"
						+ " 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)")
				.params(job.id(), fit(job.fileName(), 300), fit(startedBy, 160), RUNNING_SLOT, utc(job.startedAt()),
						utc(now), job.totalBytes())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Writes the job's counters, and the issues from {@code issuesSaved} on; the slot is
	 * freed once it ended.
	 */
	void save(ImportProgress job, int issuesSaved, Instant now) {
		this.jdbc.sql("update import_job set state = ?, running_slot = ?, finished_at = ?, heartbeat_at = ?,"
				+ " bytes_read = ?, items_read = ?, posts_imported = ?, posts_already_there = ?, comments_imported = ?,"
				+ " comments_already_there = ?, authors_created = ?, sections_created = ?, sources_created = ?,"
				+ " skipped = ?, repaired = ?, failure = ? where id = ?")
			.params(job.state().name(), job.running() ? RUNNING_SLOT : null, utc(job.finishedAt()), utc(now),
					job.bytesRead(), job.itemsRead(), job.postsImported(), job.postsAlreadyThere(),
					job.commentsImported(), job.commentsAlreadyThere(), job.authorsCreated(), job.sectionsCreated(),
					job.sourcesCreated(), job.skipped(), job.repaired(), fit(job.failure(), 1000), job.id())
			.update();
		List<ImportIssue> issues = job.issues();
		for (int i = issuesSaved; i < issues.size(); i++) {
			ImportIssue issue = issues.get(i);
			this.jdbc
				.sql("insert into import_job_issue (job_id, position, outcome, line, entry, external_id, title,"
						+ " reason, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(job.id(), i, issue.outcome().name(), issue.line(), issue.entry().name(),
						fit(issue.externalId(), 100), fit(issue.title(), 300), issue.reason().name(),
						fit(issue.detail(), 1000))
				.update();
		}
	}

	/** A job by id, with its issues. */
	Optional<ImportProgress> find(String id) {
		return this.jdbc.sql("select " + COLUMNS + " from import_job where id = ?")
			.param(id)
			.query((rs, n) -> new ImportProgress(rs.getString("id"), rs.getString("file_name"),
					ImportJob.State.valueOf(rs.getString("state")),
					WxrExporter.instant(rs.getObject("started_at", java.time.OffsetDateTime.class)),
					WxrExporter.instant(rs.getObject("finished_at", java.time.OffsetDateTime.class)),
					rs.getLong("total_bytes"), rs.getLong("bytes_read"), rs.getLong("items_read"),
					rs.getLong("posts_imported"), rs.getLong("posts_already_there"), rs.getLong("comments_imported"),
					rs.getLong("comments_already_there"), rs.getLong("authors_created"), rs.getLong("sections_created"),
					rs.getLong("sources_created"), rs.getLong("skipped"), rs.getLong("repaired"), List.of(),
					rs.getString("failure")))
			.optional()
			.map((job) -> withIssues(job, issues(id)));
	}

	/** The id of the newest job: the one running, else the last one started. */
	Optional<String> latestId() {
		return this.jdbc
			.sql("select id from import_job order by case when running_slot is null then 1 else 0 end,"
					+ " started_at desc, id limit 1")
			.query(String.class)
			.optional();
	}

	private List<ImportIssue> issues(String id) {
		return this.jdbc
			.sql("select outcome, line, entry, external_id, title, reason, detail from import_job_issue"
					+ " where job_id = ? order by position")
			.param(id)
			.query((rs, n) -> new ImportIssue(ImportIssue.Outcome.valueOf(rs.getString(1)), rs.getInt(2),
					ImportIssue.Entry.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
					ImportIssue.Reason.valueOf(rs.getString(6)), rs.getString(7)))
			.list();
	}

	private static ImportProgress withIssues(ImportProgress job, List<ImportIssue> issues) {
		return new ImportProgress(job.id(), job.fileName(), job.state(), job.startedAt(), job.finishedAt(),
				job.totalBytes(), job.bytesRead(), job.itemsRead(), job.postsImported(), job.postsAlreadyThere(),
				job.commentsImported(), job.commentsAlreadyThere(), job.authorsCreated(), job.sectionsCreated(),
				job.sourcesCreated(), job.skipped(), job.repaired(), issues, job.failure());
	}

	private static java.time.OffsetDateTime utc(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static String fit(String value, int max) {
		return (value != null && value.length() > max) ? value.substring(0, max) : value;
	}

}
