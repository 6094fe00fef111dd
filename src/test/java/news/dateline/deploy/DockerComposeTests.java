package news.dateline.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the structure of docker-compose.yml where no Docker engine or compose plugin can
 * run it: the database with a volume and health check, two app replicas configured by
 * environment that wait for the database, and a proxy in front that alone publishes a
 * port.
 */
class DockerComposeTests {

	@SuppressWarnings("unchecked")
	private static Map<String, Object> compose() throws IOException {
		try (InputStream in = Files.newInputStream(Path.of("docker-compose.yml"))) {
			return new Yaml().load(in);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> service(String name) throws IOException {
		return (Map<String, Object>) ((Map<String, Object>) compose().get("services")).get(name);
	}

	@Test
	void databaseIsPostgres16WithNamedVolumeAndHealthCheck() throws IOException {
		Map<String, Object> db = service("db");
		assertThat((String) db.get("image")).startsWith("postgres:16");
		assertThat((List<String>) db.get("volumes")).anySatisfy((volume) -> assertThat(volume).startsWith("db-data:"));
		assertThat(db).containsKey("healthcheck");
		assertThat((Map<String, Object>) compose().get("volumes")).containsKeys("db-data", "media");
	}

	@Test
	@SuppressWarnings("unchecked")
	void appRunsTwoReplicasOnPostgresWaitingForTheDatabase() throws IOException {
		Map<String, Object> app = service("app");
		assertThat(((Map<String, Object>) app.get("deploy")).get("replicas")).isEqualTo(2);
		Map<String, Object> environment = (Map<String, Object>) app.get("environment");
		assertThat(environment).containsEntry("SPRING_PROFILES_ACTIVE", "postgres")
			.containsKeys("DATELINE_DB_URL", "DATELINE_DB_USER", "DATELINE_DB_PASSWORD");
		assertThat(environment.values()).noneSatisfy((value) -> assertThat(String.valueOf(value)).contains("secret"));
		Map<String, Object> dependsOn = (Map<String, Object>) app.get("depends_on");
		assertThat((Map<String, Object>) dependsOn.get("db")).containsEntry("condition", "service_healthy");
		assertThat(app).doesNotContainKey("ports");
		assertThat((List<String>) app.get("volumes")).anySatisfy((volume) -> assertThat(volume).startsWith("media:"));
		assertThat(Path.of((String) app.get("build"), "Dockerfile")).exists();
	}

	@Test
	@SuppressWarnings("unchecked")
	void edgeCacheAloneIsPublishedInFrontOfTheProxyThatBalancesTheReplicas() throws IOException {
		Map<String, Object> edge = service("edge");
		assertThat((List<String>) edge.get("ports")).containsExactly("8080:80");
		assertThat((List<String>) edge.get("depends_on")).containsExactly("proxy");
		assertThat(service("proxy")).doesNotContainKey("ports");
		String config = Files.readString(Path.of("deploy/nginx.conf"));
		assertThat(config).contains("server app:8080")
			.contains("proxy_pass http://dateline;")
			.contains("X-Forwarded-For")
			.doesNotContain(":8081");
	}

	@Test
	@SuppressWarnings("unchecked")
	void appNodesSendMailToTheMailCatcherWhoseInboxIsOnLoopbackOnly() throws IOException {
		Map<String, Object> mail = service("mail");
		assertThat((String) mail.get("image")).startsWith("axllent/mailpit:");
		assertThat((List<String>) mail.get("ports")).allSatisfy((port) -> assertThat(port).startsWith("127.0.0.1:"));
		Map<String, Object> environment = (Map<String, Object>) service("app").get("environment");
		assertThat((String) environment.get("SPRING_MAIL_HOST")).contains("mail");
		assertThat((String) environment.get("SPRING_MAIL_PORT")).contains("1025");
		assertThat((Map<String, Object>) service("app").get("depends_on")).containsKey("mail");
	}

}
