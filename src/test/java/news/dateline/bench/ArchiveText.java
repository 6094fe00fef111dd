package news.dateline.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The words of a generated archive: names, headlines, body paragraphs in Markdown and
 * comments, made from small word lists so that every story reads differently enough for
 * search and for the eye.
 */
final class ArchiveText {

	static final String[] SECTIONS = { "World", "Politics", "Business", "Economy", "Markets", "Technology", "Science",
			"Health", "Climate", "Environment", "Education", "Sport", "Football", "Tennis", "Culture", "Books", "Film",
			"Music", "Television", "Arts", "Food", "Travel", "Opinion", "Editorials", "Letters", "Obituaries",
			"Weather", "Local", "City", "Region", "Nation", "Asia", "Europe", "Americas", "Africa", "Middle East",
			"Oceania", "Law", "Crime", "Defence", "Transport", "Energy", "Housing", "Property", "Media", "Religion",
			"Lifestyle", "Fashion", "Motoring", "Puzzles" };

	static final String[][] SOURCES = { { "Associated Press", "WIRE" }, { "Reuters", "WIRE" },
			{ "Agence France-Presse", "WIRE" }, { "dpa", "WIRE" }, { "EFE", "WIRE" }, { "Yonhap", "WIRE" },
			{ "Kyodo News", "WIRE" }, { "ANSA", "WIRE" }, { "The Harbour Herald", "PARTNER" },
			{ "Valley Courier", "PARTNER" }, { "Dateline staff", "STAFF" }, { "Company statement", "PRESS_RELEASE" },
			{ "Press Association", "WIRE" }, { "Canadian Press", "WIRE" }, { "Europa Press", "WIRE" },
			{ "Lusa", "WIRE" }, { "TT News Agency", "WIRE" }, { "NTB", "WIRE" }, { "Coastline Gazette", "PARTNER" },
			{ "Government release", "PRESS_RELEASE" } };

	private static final String[] FIRST = { "Maria", "James", "Ana", "Tarun", "Yuki", "Olga", "Kwame", "Lucia", "Peter",
			"Amira", "Chen", "Sofia", "David", "Fatima", "Lars", "Ines", "Mateo", "Hana", "Samuel", "Priya", "Tomas",
			"Leila", "Jonas", "Aiko", "Rafael", "Nadia", "Erik", "Zara", "Hugo", "Mei", "Omar", "Clara", "Kofi",
			"Elena", "Marco", "Sara", "Ivan", "Noor", "Felix", "Rosa" };

	private static final String[] LAST = { "Garcia", "Kim", "Kumar", "Smith", "Tanaka", "Ivanova", "Mensah", "Rossi",
			"Muller", "Haddad", "Wang", "Silva", "Cohen", "Khan", "Larsen", "Moreau", "Lopez", "Sato", "Okafor",
			"Patel", "Novak", "Farah", "Berg", "Ito", "Costa", "Petrova", "Lindqvist", "Ahmed", "Dubois", "Lee",
			"Hassan", "Weber", "Asante", "Popescu", "Bianchi", "Nilsson", "Horvat", "Rahman", "Fischer", "Santos" };

	static final String[][] PLACES = { { "Seoul", "South Korea" }, { "Tokyo", "Japan" }, { "Lagos", "Nigeria" },
			{ "Lima", "Peru" }, { "Madrid", "Spain" }, { "Berlin", "Germany" }, { "Nairobi", "Kenya" },
			{ "Mumbai", "India" }, { "Jakarta", "Indonesia" }, { "Cairo", "Egypt" }, { "Toronto", "Canada" },
			{ "Sydney", "Australia" }, { "Paris", "France" }, { "Warsaw", "Poland" }, { "Bogota", "Colombia" },
			{ "Manila", "Philippines" }, { "Istanbul", "Turkey" }, { "Accra", "Ghana" }, { "Oslo", "Norway" },
			{ "Hanoi", "Vietnam" }, { "Santiago", "Chile" }, { "Lisbon", "Portugal" }, { "Athens", "Greece" },
			{ "Dublin", "Ireland" }, { "Mexico City", "Mexico" }, { "Karachi", "Pakistan" }, { "Dhaka", "Bangladesh" },
			{ "Kyiv", "Ukraine" }, { "Rome", "Italy" }, { "Vienna", "Austria" } };

	private static final String[] TOPICS = { "election", "budget", "inflation", "drought", "flooding", "heatwave",
			"strike", "trade deal", "tariffs", "housing", "rents", "pensions", "vaccine", "hospital waiting lists",
			"school funding", "rail line", "port", "wind farm", "solar plant", "gas prices", "fishing quotas",
			"wildfires", "earthquake", "border", "ceasefire", "peace talks", "central bank", "interest rates",
			"unemployment", "minimum wage", "tourism", "museum", "film festival", "world cup", "marathon",
			"transfer window", "championship", "chip factory", "data leak", "artificial intelligence", "space launch",
			"coral reef", "glacier", "water supply", "power grid", "metro", "airport", "bridge", "court ruling",
			"corruption inquiry" };

	private static final String[] ACTORS = { "the government", "the opposition", "ministers", "the mayor",
			"the central bank", "regulators", "union leaders", "residents", "scientists", "the court", "investors",
			"the police", "health officials", "teachers", "farmers", "the club", "organisers", "local councils",
			"negotiators", "economists" };

	private static final String[] VERBS = { "warned about", "agreed on", "rejected", "backed", "delayed", "announced",
			"questioned", "approved", "criticised", "defended", "reviewed", "welcomed", "paused", "expanded",
			"cut spending on", "called for changes to" };

	private static final String[] HEADLINE_VERBS = { "warns over", "agrees", "rejects", "backs", "delays",
			"unveils plan for", "questions", "approves", "criticises", "defends", "reviews", "welcomes", "pauses",
			"expands", "faces protests over", "braces for" };

	private static final String[] CLAUSES = { "after weeks of talks", "despite strong objections",
			"as pressure mounted", "ahead of next month's vote", "amid rising costs", "following a lengthy review",
			"in a closely watched decision", "for the first time in a decade", "with little warning",
			"after a public consultation", "as figures showed a sharp rise", "while critics urged caution" };

	private static final String[] QUOTES = { "We have to act now, not in ten years",
			"This is a fair outcome for everyone", "Nobody asked the people who live here",
			"The numbers simply do not add up", "It is a good start, but only a start",
			"We will keep working until the job is done" };

	private static final String[] OPINIONS = { "Great reporting, thank you.", "I disagree with the premise here.",
			"This has been coming for years.", "Does anyone know when the vote is?", "Well written and balanced.",
			"The second paragraph says it all.", "I live nearby and can confirm this.",
			"Why is nobody talking about the cost?", "Interesting, but the numbers look off to me.",
			"My family was affected by this last year.", "Finally some good news.", "Same story, different year.",
			"Thanks for covering this properly.", "What about the smaller towns?", "This will not end well.",
			"I would like to see the full report.", "Spot on.", "The photo is striking.",
			"Someone should ask the minister directly.", "Hard to believe this is still happening." };

	private ArchiveText() {
	}

	static String personName(int index) {
		return FIRST[index % FIRST.length] + " " + LAST[(index / FIRST.length + index) % LAST.length]
				+ ((index >= FIRST.length * LAST.length)
						? " " + (char) ('A' + index / (FIRST.length * LAST.length)) + "." : "");
	}

	/** A place and its country. */
	static String[] place(SplittableRandom random) {
		return PLACES[random.nextInt(PLACES.length)];
	}

	/**
	 * Distinct tag names: topics, places, countries, then place-and-topic pairs, then
	 * numbered ones.
	 */
	static List<String> tagNames(int count) {
		Set<String> names = new LinkedHashSet<>();
		for (String topic : TOPICS) {
			names.add(capitalise(topic));
		}
		for (String[] place : PLACES) {
			names.add(place[0]);
			names.add(place[1]);
		}
		for (String topic : TOPICS) {
			for (String[] place : PLACES) {
				names.add(place[0] + " " + topic);
			}
		}
		for (String topic : TOPICS) {
			for (String[] place : PLACES) {
				names.add(place[1] + " " + topic);
			}
		}
		List<String> list = new ArrayList<>(names);
		for (int n = 2; list.size() < count; n++) {
			list.add(capitalise(TOPICS[list.size() % TOPICS.length]) + " " + n);
		}
		return list.subList(0, count);
	}

	static String headline(SplittableRandom random, String place) {
		String topic = pick(random, TOPICS);
		return switch (random.nextInt(4)) {
			case 0 -> place + " " + pick(random, HEADLINE_VERBS) + " " + topic + " " + pick(random, CLAUSES);
			case 1 ->
				capitalise(pick(random, ACTORS)) + " " + pick(random, HEADLINE_VERBS) + " " + topic + " in " + place;
			case 2 -> capitalise(topic) + ": what " + pick(random, ACTORS) + " in " + place + " decide next";
			default -> capitalise(topic) + " row deepens as " + pick(random, ACTORS) + " " + pick(random, VERBS) + " "
					+ pick(random, TOPICS);
		};
	}

	static String deck(SplittableRandom random) {
		return capitalise(sentence(random));
	}

	/**
	 * Markdown blocks for article bodies; the first {@code plain} of them are ordinary
	 * paragraphs (a story opens with one), the rest are subheadings, quotes and lists.
	 */
	static List<String> blocks(SplittableRandom random, int plain, int other) {
		List<String> blocks = new ArrayList<>();
		for (int i = 0; i < plain; i++) {
			blocks.add(paragraph(random, i));
		}
		for (int i = 0; i < other; i++) {
			blocks.add(switch (i % 3) {
				case 0 -> "## " + capitalise(pick(random, TOPICS)) + " " + pick(random, CLAUSES);
				case 1 -> "> \u201c" + pick(random, QUOTES) + ",\u201d said " + personName(random.nextInt(1600)) + ".";
				default -> "- " + capitalise(sentence(random)) + "\n- " + capitalise(sentence(random)) + "\n- "
						+ capitalise(sentence(random));
			});
		}
		return blocks;
	}

	private static String paragraph(SplittableRandom random, int index) {
		StringBuilder text = new StringBuilder();
		int sentences = 2 + random.nextInt(3);
		for (int i = 0; i < sentences; i++) {
			if (i > 0) {
				text.append(' ');
			}
			String sentence = capitalise(sentence(random));
			if (index % 7 == 3 && i == 1) {
				sentence = "**" + sentence.substring(0, sentence.length() - 1) + "**.";
			}
			text.append(sentence);
		}
		if (index % 5 == 2) {
			text.append(" The full [report](https://example.org/reports/").append(index).append(") is online.");
		}
		return text.toString();
	}

	private static String sentence(SplittableRandom random) {
		return pick(random, ACTORS) + " " + pick(random, VERBS) + " the " + pick(random, TOPICS) + " "
				+ pick(random, CLAUSES) + ", according to " + (1 + random.nextInt(40)) + " people familiar with the "
				+ pick(random, TOPICS) + ".";
	}

	/** A reader's comment: one to four sentences, sometimes in two paragraphs. */
	static String comment(SplittableRandom random) {
		StringBuilder text = new StringBuilder(pick(random, OPINIONS));
		int more = random.nextInt(4);
		for (int i = 0; i < more; i++) {
			text.append((i == 1 && random.nextInt(3) == 0) ? "\n\n" : " ");
			text.append((random.nextInt(2) == 0) ? pick(random, OPINIONS) : capitalise(sentence(random)));
		}
		return text.toString();
	}

	private static String pick(SplittableRandom random, String[] words) {
		return words[random.nextInt(words.length)];
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
