package news.dateline.bench;

import java.time.Clock;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import news.dateline.article.BodyRenderer;

/**
 * The generator as a command: a Spring Boot application without a web server and without
 * the app's own beans, that lets Flyway bring the database named by
 * {@code spring.datasource.url} to the app's schema, then fills it at the scale named by
 * {@code dateline.bench.generate} (tiny, small, large). A database that already holds the
 * benchmark's archive is left as it is (exit 0); one that holds other stories is refused
 * (exit 3), so a real newsroom's database is never filled with fakes.
 * {@code bench/generate.sh} runs it with the test classpath. Deliberately neither a
 * component nor a {@code @SpringBootConfiguration}, so that no test context ever picks it
 * up.
 */
@EnableAutoConfiguration
class GenerateArchive {

	static final int REFUSED = 3;

	private static final Logger log = LoggerFactory.getLogger(GenerateArchive.class);

	public static void main(String[] args) {
		int exit;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(GenerateArchive.class)
			.web(WebApplicationType.NONE)
			.properties(Map.of("spring.main.banner-mode", "off", "spring.jpa.hibernate.ddl-auto", "none"))
			.run(args)) {
			exit = generate(context);
		}
		System.exit(exit);
	}

	private static int generate(ConfigurableApplicationContext context) {
		Environment environment = context.getEnvironment();
		ArchiveScale scale = ArchiveScale.named(environment.getRequiredProperty("dateline.bench.generate"));
		long seed = environment.getProperty("dateline.bench.seed", Long.class, 20_260_620L);
		ArchiveGenerator generator = new ArchiveGenerator(context.getBean(JdbcTemplate.class),
				context.getBean(TransactionTemplate.class), new BodyRenderer(), Clock.systemUTC());
		if (generator.archivePresent()) {
			log.info("The benchmark archive is already in this database; nothing to do.");
			return 0;
		}
		long stories = generator.count("select count(*) from article");
		if (stories > 0) {
			log.error("This database already holds {} stories that are not a benchmark archive; refusing to add one.",
					stories);
			return REFUSED;
		}
		log.info("Generating the {} archive ...", scale.name());
		ArchiveGenerator.Summary summary = generator.generate(scale, seed);
		long finishing = System.nanoTime();
		generator.finish();
		log.info("Generated the {} archive: {} rows in {} s (then {} s to reset identities, analyze, compact): {}",
				summary.scale(), summary.total(), summary.elapsed().toMillis() / 1000.0,
				(System.nanoTime() - finishing) / 1_000_000 / 1000.0, summary.rows());
		return 0;
	}

}
