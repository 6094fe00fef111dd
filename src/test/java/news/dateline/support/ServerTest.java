package news.dateline.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The application on a real server at a random port, with an in-memory database of its
 * own: for browser tests and tests of what the HTTP server itself answers. All such tests
 * share one context. Its Tomcat has the small per-connection buffers of a node set up for
 * thousands of live streams.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = {
				"spring.datasource.url=jdbc:h2:mem:dateline-server;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				// Tomcat's buffers as on a node holding thousands of live streams, so
				// every test on the real server goes through them
				"dateline.live.body-buffer=512", "dateline.live.socket-buffer=1024" })
@Import({ TestClockConfiguration.class, TestActorConfiguration.class, TestData.class, TestStaff.class })
public @interface ServerTest {

}
