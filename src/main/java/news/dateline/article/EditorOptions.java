package news.dateline.article;

import java.util.List;

/**
 * The choices of the article editor's selects: sections, bylines and sources, by slug.
 */
public record EditorOptions(List<Option> sections, List<Option> authors, List<Option> sources) {

	/** One choice: the slug sent and the name shown. */
	public record Option(String value, String label) {
	}

}
