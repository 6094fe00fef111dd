package news.dateline.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a mock servlet environment with MockMvc, the shared test clock
 * and {@link TestData}. Tests with this annotation (and {@link DatabaseTest}, which adds
 * a rolled-back transaction) share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestClockConfiguration.class, TestActorConfiguration.class, TestData.class, TestStaff.class })
public @interface ApplicationTest {

}
