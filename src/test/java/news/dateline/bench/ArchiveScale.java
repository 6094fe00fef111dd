package news.dateline.bench;

import java.util.Locale;

/**
 * How big a generated archive is. Small and large have the same 50 sections, so that a
 * page's cost on the two differs by the amount of data only.
 *
 * @param name what {@code dateline.bench.generate} calls it
 * @param articles stories, including the two the benchmark uses
 * @param comments comments in all, spread unevenly over the published stories
 * @param minParagraphs fewest body blocks of a story
 * @param maxParagraphs most body blocks of a story
 * @param days how far back publication dates go
 */
record ArchiveScale(String name, int articles, int comments, int authors, int sections, int tags, int sources,
		int commenters, int minParagraphs, int maxParagraphs, int days) {

	static final ArchiveScale TINY = new ArchiveScale("tiny", 40, 400, 6, 4, 30, 4, 50, 3, 10, 30);

	static final ArchiveScale SMALL = new ArchiveScale("small", 1_000, 20_000, 200, 50, 1_000, 12, 3_000, 3, 15, 120);

	static final ArchiveScale MEDIUM = new ArchiveScale("medium", 10_000, 100_000, 500, 50, 2_500, 16, 10_000, 10, 10,
			365);

	static final ArchiveScale LARGE = new ArchiveScale("large", 100_000, 1_000_000, 1_000, 50, 5_000, 20, 50_000, 10,
			10, 1_825);

	static ArchiveScale named(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "tiny" -> TINY;
			case "small" -> SMALL;
			case "medium" -> MEDIUM;
			case "large" -> LARGE;
			default ->
				throw new IllegalArgumentException("Unknown archive scale '" + name + "' (tiny, small, medium, large)");
		};
	}

}
