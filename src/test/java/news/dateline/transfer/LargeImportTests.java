package news.dateline.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import of a few hundred posts through the whole importer, one transaction per post:
 * every post and comment arrives, threads intact, and the progress counters add up.
 */
@DatabaseTest
class LargeImportTests {

	static final int POSTS = 300;

	@Autowired
	WxrImporter importer;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path directory;

	@Test
	void importsHundredsOfPostsWithTheirComments() throws IOException {
		String site = TestData.unique("bulk");
		Path file = this.directory.resolve("bulk.xml");
		long size = GeneratedWxr.write(file, POSTS, 4_000, site);
		ImportJob job = this.importer.newJob("bulk.xml", size);
		long started = System.nanoTime();
		try (InputStream in = Files.newInputStream(file)) {
			this.importer.run(job, in);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		ImportProgress progress = job.progress();
		assertThat(progress.state()).isEqualTo(ImportJob.State.FINISHED);
		assertThat(progress.bytesRead()).isEqualTo(size);
		assertThat(progress.postsImported()).isEqualTo(POSTS);
		assertThat(progress.commentsImported()).isEqualTo(2 * POSTS);
		assertThat(progress.issues()).isEmpty();
		assertThat(this.jdbc
			.sql("select count(*) from comment c join article a on a.id = c.article_id"
					+ " where a.slug like ? and c.depth = 2 and c.parent_id is not null")
			.param(site + "-%")
			.query(Long.class)
			.single()).isEqualTo(POSTS);
		System.out.printf("Imported %d posts and %d comments (%d KB) in %d ms%n", POSTS, 2 * POSTS, size / 1024,
				millis);
	}

}
