package news.dateline.article;

import java.util.List;

/**
 * One page of a story list, with cursors to the older and newer pages (null where there
 * is none).
 */
public record CardPage(List<ArticleCard> cards, String olderCursor, String newerCursor) {

	public boolean isEmpty() {
		return this.cards.isEmpty();
	}

}
