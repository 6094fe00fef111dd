package news.dateline.system;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Time-driven jobs (release of scheduled stories, change log polling, view count flushes,
 * page cache checks): {@code @SchedulerLock} methods take a lock in the {@code shedlock}
 * table (timed by the database's clock) so that one node of a cluster runs each job at a
 * time. The timers themselves run unless {@code dateline.scheduling.enabled=false} (tests
 * call the jobs directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT5M")
class SchedulingConfiguration {

	/**
	 * Locks are taken and released in their own transactions of the application's
	 * transaction manager, so a job that runs inside a transaction (as tests do) neither
	 * joins nor commits it.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource, PlatformTransactionManager transactionManager) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.withTransactionManager(transactionManager)
			.usingDbTime()
			.build());
	}

	/** Starts the {@code @Scheduled} timers. */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnBooleanProperty(name = "dateline.scheduling.enabled", matchIfMissing = true)
	static class Timers {

	}

}
