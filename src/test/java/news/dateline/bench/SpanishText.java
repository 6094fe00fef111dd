package news.dateline.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import news.dateline.system.Edition;

/**
 * The Spanish edition's words for the generated archive, beside {@link ArchiveText}'s
 * English ones: section and tag names, bios, headlines and decks of the translated
 * stories, and the places of their datelines. Lists run parallel to the English ones, so
 * a thing's Spanish name is found by its English one's position.
 */
final class SpanishText {

	/** The Spanish edition as the generator writes its datelines. */
	static final Edition SPANISH = new Edition("es", Locale.forLanguageTag("es"), "/es", ".-", "edition.source-line");

	static final String[] SECTIONS = { "Mundo", "Política", "Negocios", "Economía", "Mercados", "Tecnología", "Ciencia",
			"Salud", "Clima", "Medio ambiente", "Educación", "Deportes", "Fútbol", "Tenis", "Cultura", "Libros", "Cine",
			"Música", "Televisión", "Artes", "Gastronomía", "Viajes", "Opinión", "Editoriales", "Cartas", "Obituarios",
			"El tiempo", "Local", "Ciudad", "Región", "Nación", "Asia", "Europa", "Américas", "África", "Oriente Medio",
			"Oceanía", "Justicia", "Sucesos", "Defensa", "Transporte", "Energía", "Vivienda", "Inmobiliario", "Medios",
			"Religión", "Estilo de vida", "Moda", "Motor", "Pasatiempos" };

	static final String[] TOPICS = { "elecciones", "presupuesto", "inflación", "sequía", "inundaciones", "ola de calor",
			"huelga", "acuerdo comercial", "aranceles", "vivienda", "alquileres", "pensiones", "vacuna",
			"listas de espera", "financiación escolar", "línea férrea", "puerto", "parque eólico", "planta solar",
			"precio del gas", "cuotas de pesca", "incendios forestales", "terremoto", "frontera", "alto el fuego",
			"negociaciones de paz", "banco central", "tipos de interés", "desempleo", "salario mínimo", "turismo",
			"museo", "festival de cine", "mundial", "maratón", "mercado de fichajes", "campeonato", "fábrica de chips",
			"filtración de datos", "inteligencia artificial", "lanzamiento espacial", "arrecife de coral", "glaciar",
			"abastecimiento de agua", "red eléctrica", "metro", "aeropuerto", "puente", "fallo judicial",
			"investigación por corrupción" };

	/** The places of {@link ArchiveText}, city and country, in Spanish. */
	static final String[][] PLACES = { { "Seúl", "Corea del Sur" }, { "Tokio", "Japón" }, { "Lagos", "Nigeria" },
			{ "Lima", "Perú" }, { "Madrid", "España" }, { "Berlín", "Alemania" }, { "Nairobi", "Kenia" },
			{ "Bombay", "India" }, { "Yakarta", "Indonesia" }, { "El Cairo", "Egipto" }, { "Toronto", "Canadá" },
			{ "Sídney", "Australia" }, { "París", "Francia" }, { "Varsovia", "Polonia" }, { "Bogotá", "Colombia" },
			{ "Manila", "Filipinas" }, { "Estambul", "Turquía" }, { "Acra", "Ghana" }, { "Oslo", "Noruega" },
			{ "Hanói", "Vietnam" }, { "Santiago", "Chile" }, { "Lisboa", "Portugal" }, { "Atenas", "Grecia" },
			{ "Dublín", "Irlanda" }, { "Ciudad de México", "México" }, { "Karachi", "Pakistán" },
			{ "Daca", "Bangladés" }, { "Kiev", "Ucrania" }, { "Roma", "Italia" }, { "Viena", "Austria" } };

	private static final String[] ACTORS = { "el Gobierno", "la oposición", "los ministros", "la alcaldesa",
			"el banco central", "los reguladores", "los sindicatos", "los vecinos", "los científicos", "el tribunal",
			"los inversores", "la policía", "las autoridades sanitarias", "los docentes", "los agricultores" };

	private static final String[] VERBS = { "advierten sobre", "acuerdan", "rechazan", "respaldan", "aplazan",
			"anuncian", "cuestionan", "aprueban", "critican", "defienden", "revisan", "celebran" };

	private static final String[] CLAUSES = { "tras semanas de negociaciones", "pese a las objeciones",
			"ante la creciente presión", "antes de la votación del próximo mes", "en medio del alza de los costos",
			"por primera vez en una década", "sin apenas aviso", "tras una consulta pública" };

	private SpanishText() {
	}

	/**
	 * The Spanish names of {@link ArchiveText#tagNames(int)}, in the same order: topics,
	 * places, countries, place-and-topic pairs, country-and-topic pairs, numbered ones.
	 */
	static List<String> tagNames(int count) {
		List<String> names = new ArrayList<>();
		for (String topic : TOPICS) {
			names.add(capitalise(topic));
		}
		for (String[] place : PLACES) {
			names.add(place[0]);
			names.add(place[1]);
		}
		for (int where = 0; where < 2; where++) {
			for (String topic : TOPICS) {
				for (String[] place : PLACES) {
					names.add(capitalise(topic) + " en " + place[where]);
				}
			}
		}
		for (int n = 2; names.size() < count; n++) {
			names.add(capitalise(TOPICS[names.size() % TOPICS.length]) + " " + n);
		}
		return names.subList(0, count);
	}

	/** The Spanish place of an English city, or the city itself when it is not one. */
	static String[] place(String city, String country) {
		for (int i = 0; i < PLACES.length; i++) {
			if (ArchiveText.PLACES[i][0].equals(city)) {
				return PLACES[i];
			}
		}
		return new String[] { city, country };
	}

	static String headline(SplittableRandom random, String city) {
		String topic = pick(random, TOPICS);
		return switch (random.nextInt(3)) {
			case 0 -> city + ": " + pick(random, ACTORS) + " " + pick(random, VERBS) + " " + topic + " "
					+ pick(random, CLAUSES);
			case 1 -> capitalise(pick(random, ACTORS)) + " " + pick(random, VERBS) + " «" + topic + "» en " + city;
			default -> capitalise(topic) + ": qué decidirán " + pick(random, ACTORS) + " de " + city;
		};
	}

	static String deck(SplittableRandom random) {
		return capitalise(pick(random, ACTORS)) + " " + pick(random, VERBS) + " " + pick(random, TOPICS) + " "
				+ pick(random, CLAUSES) + ", según " + (2 + random.nextInt(30)) + " fuentes consultadas.";
	}

	static String bio(String name, int section) {
		return name + " informa sobre " + SECTIONS[section % SECTIONS.length].toLowerCase(Locale.ROOT)
				+ " para Dateline.";
	}

	private static String pick(SplittableRandom random, String[] words) {
		return words[random.nextInt(words.length)];
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
