package news.dateline.article;

import java.util.List;

/**
 * A front (the home page, or the section with {@code sectionId}) as editors arrange it:
 * its slots in order, the lead first, each with the story readers see there and whether
 * an editor pinned it; and the live stories an editor may pin.
 */
public record FrontArrangement(Long sectionId, List<Slot> slots, List<ArticleCard> candidates) {

	/** One slot of the front: 1 is the lead. */
	public record Slot(int number, ArticleCard card, boolean pinned) {

		public boolean isLead() {
			return this.number == 1;
		}

	}

}
