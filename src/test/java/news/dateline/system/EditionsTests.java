package news.dateline.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editions as configured: looked up by code, by request path and by a story's
 * language, with the default edition at the plain paths.
 */
class EditionsTests {

	private final Editions editions = new Editions(new EditionSettings(List.of("en", "es"), "en", Map.of()));

	@Test
	void theDefaultEditionComesFirstAndHasNoPrefix() {
		Edition english = this.editions.defaultEdition();
		assertThat(english.code()).isEqualTo("en");
		assertThat(english.isDefault()).isTrue();
		assertThat(english.path("/articles/seul")).isEqualTo("/articles/seul");
		assertThat(english.path("/")).isEqualTo("/");
		assertThat(this.editions.all()).extracting(Edition::code).containsExactly("en", "es");
	}

	@Test
	void findsAnEditionByCode() {
		Edition spanish = this.editions.byCode("es").orElseThrow();
		assertThat(spanish.locale()).isEqualTo(Locale.forLanguageTag("es"));
		assertThat(spanish.languageTag()).isEqualTo("es");
		assertThat(spanish.pathPrefix()).isEqualTo("/es");
		assertThat(spanish.path("/")).isEqualTo("/es");
		assertThat(spanish.path("/articles/elecciones-en-seúl")).isEqualTo("/es/articles/elecciones-en-seúl");
		assertThat(this.editions.others(spanish)).containsExactly(this.editions.defaultEdition());
	}

	@Test
	void anUnknownCodeHasNoEditionAndItsStoriesFallBackToTheDefault() {
		assertThat(this.editions.byCode("fr")).isEmpty();
		assertThat(this.editions.byCode(null)).isEmpty();
		assertThat(this.editions.forLanguage("fr")).isEqualTo(this.editions.defaultEdition());
		assertThat(this.editions.forLanguage("es").code()).isEqualTo("es");
	}

	@Test
	void findsTheEditionOfARequestPath() {
		assertThat(this.editions.byPath("/es").code()).isEqualTo("es");
		assertThat(this.editions.byPath("/es/").code()).isEqualTo("es");
		assertThat(this.editions.byPath("/es/articles/la-economía-crece").code()).isEqualTo("es");
		assertThat(this.editions.byPath("/articles/es").code()).isEqualTo("en");
		assertThat(this.editions.byPath("/escuelas").code()).isEqualTo("en");
		assertThat(this.editions.byPath("/en/articles/x").code()).as("the default edition has no prefix")
			.isEqualTo("en");
		assertThat(this.editions.byPath("/").code()).isEqualTo("en");
		assertThat(this.editions.byPath(null).code()).isEqualTo("en");
		assertThat(this.editions.sitePath("/es/articles/x")).isEqualTo("/articles/x");
		assertThat(this.editions.sitePath("/es")).isEqualTo("/");
		assertThat(this.editions.sitePath("/sections/mundo")).isEqualTo("/sections/mundo");
	}

	@Test
	void writesDatelinesInEachEditionsStyle() {
		assertThat(this.editions.defaultEdition().dateline(" Seoul ")).isEqualTo("SEOUL.-");
		assertThat(this.editions.forLanguage("es").dateline("Seúl")).isEqualTo("SEÚL.-");
		assertThat(this.editions.forLanguage("es").dateline("  ")).isNull();
		assertThat(this.editions.forLanguage("es").sourceLineKey()).isEqualTo("edition.source-line");
	}

	@Test
	void aThirdLanguageNeedsOnlyItsCodeAndMayHaveItsOwnStyle() {
		new ApplicationContextRunner().withUserConfiguration(Settings.class)
			.withPropertyValues("dateline.editions.codes=en,es,tr", "dateline.editions.styles.tr.dateline-suffix=—",
					"dateline.editions.styles.es.locale=es-MX")
			.run((context) -> {
				Editions configured = new Editions(context.getBean(EditionSettings.class));
				assertThat(configured.all()).extracting(Edition::code).containsExactly("en", "es", "tr");
				assertThat(configured.byPath("/tr/articles/x").dateline("İzmir")).isEqualTo("İZMİR—");
				assertThat(configured.forLanguage("es").languageTag()).isEqualTo("es-MX");
				assertThat(configured.forLanguage("es").datelineSuffix()).isEqualTo(".-");
			});
	}

	@Test
	void withNothingSetTheEditionsAreEnglishAndSpanish() {
		new ApplicationContextRunner().withUserConfiguration(Settings.class).run((context) -> {
			EditionSettings settings = context.getBean(EditionSettings.class);
			assertThat(settings.codes()).containsExactly("en", "es");
			assertThat(settings.defaultCode()).isEqualTo("en");
		});
	}

	@Test
	void aDefaultThatIsNotAnEditionOrABadCodeStopsTheStart() {
		new ApplicationContextRunner().withUserConfiguration(Settings.class)
			.withPropertyValues("dateline.editions.default-code=fr")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("dateline.editions.default-code fr"));
		new ApplicationContextRunner().withUserConfiguration(Settings.class)
			.withPropertyValues("dateline.editions.codes=en,../x")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(EditionSettings.class)
	static class Settings {

	}

}
