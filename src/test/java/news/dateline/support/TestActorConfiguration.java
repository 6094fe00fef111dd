package news.dateline.support;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import news.dateline.security.CurrentActor;

/**
 * Puts a {@link TestActor} in front of the application's {@link CurrentActor}, so service
 * tests choose who is acting.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestActorConfiguration {

	@Bean
	@Primary
	TestActor testActor(ObjectProvider<CurrentActor> application) {
		return new TestActor(application);
	}

}
