package news.dateline.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.transaction.annotation.Transactional;

/**
 * A test of services and queries against the real schema: the whole application without a
 * web server, each test in a transaction rolled back at its end. Tagged {@code database},
 * so the PostgreSQL suite runs it again against PostgreSQL. Every such test shares one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationTest
@Transactional
@Tag("database")
public @interface DatabaseTest {

}
