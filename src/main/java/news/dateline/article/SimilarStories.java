package news.dateline.article;

import java.util.List;

/**
 * Finds stories whose text resembles a given story's, to fill "Related stories".
 * Implemented by the search index; the article package only asks, so it does not depend
 * on search.
 */
public interface SimilarStories {

	/**
	 * Ids of up to {@code limit} stories like this one, most similar first; may include
	 * ones not live.
	 */
	List<Long> similarTo(Long articleId, int limit);

}
