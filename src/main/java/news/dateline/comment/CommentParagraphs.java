package news.dateline.comment;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * The paragraphs of comment bodies as threads show them, split once per comment and kept
 * for the next reader of the thread. Entries are checked against the body read with the
 * comment, so an edited comment is split again; the cache holds a bounded number of
 * comments.
 */
@Component
class CommentParagraphs {

	static final int MAX_COMMENTS = 20_000;

	private final Cache<Long, Split> splits = Caffeine.newBuilder().maximumSize(MAX_COMMENTS).build();

	/** The paragraphs of this comment's body. */
	List<List<CommentView.Piece>> of(Long commentId, String body) {
		Split known = (commentId != null) ? this.splits.getIfPresent(commentId) : null;
		if (known != null && known.body().equals(body)) {
			return known.paragraphs();
		}
		List<List<CommentView.Piece>> paragraphs = CommentView.paragraphs(body);
		if (commentId != null) {
			this.splits.put(commentId, new Split(body, paragraphs));
		}
		return paragraphs;
	}

	private record Split(String body, List<List<CommentView.Piece>> paragraphs) {
	}

}
