package news.dateline.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.section.SectionView;
import news.dateline.support.MutableClock;
import news.dateline.support.ApplicationTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The documented backup and restore of both databases (README, "Backup and restore"): an
 * H2 SCRIPT restored with RUNSCRIPT into a fresh database, and a pg_dump restored with
 * pg_restore into a fresh PostgreSQL database, each holding the same articles and
 * comments.
 */
@ApplicationTest
@Tag("database")
class BackupRestoreTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	MutableClock clock;

	@TempDir
	Path backups;

	private Story committedStoryWithComments() {
		SectionView section = this.data.section("Backup");
		String author = this.data.author("Archive Keeper", "news");
		Story story = this.data.story("Kept safe", section, author, Duration.ofHours(1));
		Long parent = this.data.approvedComment(story, null, "First Reader", "Top comment");
		this.data.approvedComment(story, parent, "Second Reader", "A reply");
		return story;
	}

	private static List<String> snapshot(Connection connection, Long articleId) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement
					.executeQuery("select a.slug, a.headline, a.comment_count, c.author_name, c.body,"
							+ " c.parent_id from article a join comment c on c.article_id = a.id where a.id = "
							+ articleId + " order by c.id")) {
			while (rs.next()) {
				rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|"
						+ rs.getString(5) + "|" + (rs.getObject(6) != null));
			}
		}
		return rows;
	}

	@Test
	void h2ScriptRestoresIntoAFreshDatabaseWithTheSameArticlesAndComments() throws Exception {
		try (Connection source = this.dataSource.getConnection()) {
			assumeTrue(source.getMetaData().getDatabaseProductName().equals("H2"), "H2 backup test runs on H2 only");
			Story story = committedStoryWithComments();
			List<String> before = snapshot(source, story.id());
			Path script = this.backups.resolve("dateline-backup.sql.zip");
			try (Statement statement = source.createStatement()) {
				statement.execute("SCRIPT TO '" + script + "' COMPRESSION ZIP");
			}
			String url = "jdbc:h2:mem:restore-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
			try (Connection restored = DriverManager.getConnection(url, "sa", "")) {
				try (Statement statement = restored.createStatement()) {
					statement.execute("RUNSCRIPT FROM '" + script + "' COMPRESSION ZIP");
				}
				assertThat(before).hasSize(2);
				assertThat(snapshot(restored, story.id())).isEqualTo(before);
			}
		}
	}

	@Test
	void pgDumpRestoresIntoAFreshPostgresDatabaseWithTheSameArticlesAndComments() throws Exception {
		String url = System.getProperty("spring.datasource.url", "");
		assumeTrue(url.startsWith("jdbc:postgresql://") && onPath("pg_dump") && onPath("pg_restore"),
				"PostgreSQL backup test skipped: runs in the PostgreSQL suite where pg_dump and pg_restore are installed");
		Story story = committedStoryWithComments();
		List<String> before;
		try (Connection source = this.dataSource.getConnection()) {
			before = snapshot(source, story.id());
		}
		PostgresTarget target = PostgresTarget.parse(url);
		String copy = target.database() + "_restore_" + UUID.randomUUID().toString().substring(0, 8);
		Path dump = this.backups.resolve("dateline.dump");
		run("pg_dump", "-h", target.host(), "-p", target.port(), "-U", target.user(), "-Fc", "-f", dump.toString(),
				target.database());
		run("createdb", "-h", target.host(), "-p", target.port(), "-U", target.user(), copy);
		try {
			run("pg_restore", "-h", target.host(), "-p", target.port(), "-U", target.user(), "-d", copy, "--no-owner",
					dump.toString());
			try (Connection restored = DriverManager.getConnection(target.jdbcUrl(copy), target.user(),
					System.getProperty("spring.datasource.password", ""))) {
				assertThat(snapshot(restored, story.id())).hasSize(2).isEqualTo(before);
			}
		}
		finally {
			run("dropdb", "-h", target.host(), "-p", target.port(), "-U", target.user(), copy);
		}
	}

	private static boolean onPath(String command) {
		for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
			if (Files.isExecutable(Path.of(dir, command))) {
				return true;
			}
		}
		return false;
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
	}

	/** Where the PostgreSQL suite's database is, from its JDBC URL. */
	record PostgresTarget(String host, String port, String database, String user) {

		static PostgresTarget parse(String url) {
			String rest = url.substring("jdbc:postgresql://".length());
			String hostPort = rest.substring(0, rest.indexOf('/'));
			String database = rest.substring(rest.indexOf('/') + 1).split("\\?")[0];
			String[] parts = hostPort.split(":");
			return new PostgresTarget(parts[0], (parts.length > 1) ? parts[1] : "5432", database,
					System.getProperty("spring.datasource.username", "postgres"));
		}

		String jdbcUrl(String otherDatabase) {
			return "jdbc:postgresql://" + this.host + ":" + this.port + "/" + otherDatabase;
		}

	}

}
