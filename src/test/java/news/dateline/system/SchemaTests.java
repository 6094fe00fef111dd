package news.dateline.system;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway builds the schema that Hibernate validates (ddl-auto=validate fails the context
 * otherwise).
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Tag("database")
class SchemaTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void migrationsCreateTheNewsroomTables() {
		List<String> tables = this.jdbc
			.sql("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public'")
			.query(String.class)
			.list();
		assertThat(tables).contains("article", "article_byline", "article_source", "article_tag",
				"article_slug_history", "author", "author_beat", "author_link", "section", "tag", "source", "comment",
				"site_setting", "flyway_schema_history");
	}

	@Test
	void refusesUnknownArticleStatus() {
		org.assertj.core.api.Assertions.assertThatException()
			.isThrownBy(() -> this.jdbc.sql("insert into article (slug, headline, body_markdown, body_html, status,"
					+ " updated_at, created_at) values ('x', 'x', '', '', 'LOST', current_timestamp, current_timestamp)")
				.update());
	}

}
