package news.dateline.article;

import java.util.List;

/**
 * The choices of the article editor's selects: sections, bylines and sources, by slug,
 * and the newest media library images, by URL.
 */
public record EditorOptions(List<Option> sections, List<Option> authors, List<Option> sources, List<Option> images) {

	public EditorOptions(List<Option> sections, List<Option> authors, List<Option> sources) {
		this(sections, authors, sources, List.of());
	}

	/** One choice: the value sent and the name shown. */
	public record Option(String value, String label) {
	}

}
