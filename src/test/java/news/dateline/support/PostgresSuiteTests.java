package news.dateline.support;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Says whether the PostgreSQL suite runs: skipped, with the reason, in the default run;
 * in the PostgreSQL run, proves the database tests really talk to PostgreSQL.
 */
@DatabaseTest
class PostgresSuiteTests {

	@Autowired
	DataSource dataSource;

	@Test
	void databaseTestsRunOnPostgresqlWhenTheSuiteIsSwitchedOn() throws SQLException {
		assumeTrue("postgres".equals(System.getProperty("dateline.test.database")),
				"PostgreSQL suite skipped: set DATELINE_TEST_POSTGRES_URL (see .ci/run) to run the database tests on PostgreSQL");
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

}
