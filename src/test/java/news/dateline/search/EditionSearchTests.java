package news.dateline.search;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.section.SectionView;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.system.Edition;
import news.dateline.system.Editions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each edition's search: the Spanish edition's stories analysed in Spanish (plurals,
 * accents, stop words), and neither edition finding the other's stories.
 */
@DatabaseTest
class EditionSearchTests {

	@Autowired
	TestData data;

	@Autowired
	SearchIndexer indexer;

	@Autowired
	SearchIndex index;

	@Autowired
	SearchService search;

	@Autowired
	MutableClock clock;

	@Autowired
	Editions editions;

	@Autowired
	news.dateline.section.SectionService sections;

	private SectionView world;

	private String reporter;

	@BeforeEach
	void emptyIndex() {
		this.clock.reset();
		this.index.deleteAll();
		this.index.refresh();
		this.world = this.data.section("Mundo");
		this.reporter = this.data.author("Lucía Fernández", "política");
	}

	private Story story(String language, String headline, String body) {
		Story story = this.data.storyIn(language, headline, body, this.world, this.reporter, Duration.ofMinutes(90));
		this.indexer.reindex(List.of(story.id()));
		return story;
	}

	private SearchResults results(String language, String query) {
		SearchResults results = this.search
			.search(SearchRequest.of(query).inEdition(this.editions.byCode(language).orElseThrow()));
		assertThat(results.problem()).isNull();
		return results;
	}

	private List<String> headlines(String language, String query) {
		return results(language, query).hits().stream().map((hit) -> hit.headline().text()).toList();
	}

	@Test
	void spanishWordsFindTheirPluralsAndSingularsBothWays() {
		story("es", "Jornada tranquila en las elecciones municipales", "Los observadores no vieron irregularidades.");
		story("es", "La elección del alcalde, en el aire", "El recuento terminará el lunes.");
		assertThat(headlines("es", "elección")).containsExactlyInAnyOrder(
				"Jornada tranquila en las elecciones municipales", "La elección del alcalde, en el aire");
		assertThat(headlines("es", "elecciones")).containsExactlyInAnyOrder(
				"Jornada tranquila en las elecciones municipales", "La elección del alcalde, en el aire");
		assertThat(headlines("es", "observador")).containsExactly("Jornada tranquila en las elecciones municipales");
	}

	@Test
	void spanishAccentsAreFoldedBothWays() {
		story("es", "Ola de calor en Andalucía", "La sequía obliga a restringir el agua en Sevilla.");
		assertThat(headlines("es", "eleccion")).isEmpty();
		assertThat(headlines("es", "andalucia")).containsExactly("Ola de calor en Andalucía");
		assertThat(headlines("es", "SEQUIA")).containsExactly("Ola de calor en Andalucía");
		assertThat(headlines("es", "sequía")).containsExactly("Ola de calor en Andalucía");
	}

	@Test
	void spanishStopWordsAloneFindNothing() {
		story("es", "El pacto de Moscú y Pionyang", "Seúl condena el acuerdo de defensa mutua.");
		assertThat(this.search.search(SearchRequest.of("de la que").inEdition(this.editions.byCode("es").orElseThrow()))
			.problem()).isEqualTo("search.problem.no-words");
		assertThat(headlines("es", "pacto de defensa")).containsExactly("El pacto de Moscú y Pionyang");
	}

	@Test
	void eachEditionFindsOnlyItsOwnStories() {
		Story english = story("en", "Seoul condemns the Moscow pact", "Seoul said the pact threatens its security.");
		Story spanish = story("es", "Seúl condena el pacto de Moscú", "Seúl dijo que el pacto amenaza su seguridad.");
		assertThat(headlines("en", "Seoul")).containsExactly("Seoul condemns the Moscow pact");
		assertThat(headlines("es", "Seúl")).containsExactly("Seúl condena el pacto de Moscú");
		assertThat(headlines("en", "pacto")).isEmpty();
		assertThat(headlines("en", "Moscow pact")).containsExactly("Seoul condemns the Moscow pact");
		assertThat(headlines("es", "Moscú")).containsExactly("Seúl condena el pacto de Moscú");
		assertThat(this.search.search(SearchRequest.of("pact")).hits()).extracting(SearchHit::id)
			.containsExactly(english.id());
		assertThat(results("es", "pacto").hits()).singleElement().satisfies((hit) -> {
			assertThat(hit.id()).isEqualTo(spanish.id());
			assertThat(hit.url()).isEqualTo("/es/articles/" + spanish.slug());
		});
	}

	@Test
	void spanishHitsHaveTheirWordsMarked() {
		story("es", "Elecciones municipales en Chile",
				"Los chilenos votaron en calma. La elección de alcaldes terminó.");
		SearchHit hit = results("es", "elección").hits().get(0);
		assertThat(hit.headline().pieces()).contains(new Snippet.Piece("Elecciones", true));
		assertThat(hit.snippet().pieces()).contains(new Snippet.Piece("elección", true));
		assertThat(results("es", "elección").request().url(2)).isEqualTo("/es/search?q=elecci%C3%B3n&page=2");
	}

	@Test
	void spanishHitsNameTheirSectionInSpanishAndTheFilterTakesItsSpanishSlug() {
		String politica = TestData.uniqueSlug("política-españa");
		this.sections.loadTranslation(this.world.slug(), "es", "Política y España", politica, null);
		Story spanish = story("es", "La economía de España crece", "El paro baja en Andalucía.");
		SearchHit hit = results("es", "economía").hits().get(0);
		assertThat(hit.id()).isEqualTo(spanish.id());
		assertThat(hit.sectionName()).isEqualTo("Política y España");
		Edition es = this.editions.byCode("es").orElseThrow();
		assertThat(this.search.search(SearchRequest.parse("economía", politica, null, null, null, null).inEdition(es))
			.hits()).extracting(SearchHit::id).containsExactly(spanish.id());
		assertThat(this.search
			.search(SearchRequest.parse("economía", this.world.slug(), null, null, null, null).inEdition(es))
			.hits()).as("the English slug of an older link still filters")
			.extracting(SearchHit::id)
			.containsExactly(spanish.id());
	}

}
