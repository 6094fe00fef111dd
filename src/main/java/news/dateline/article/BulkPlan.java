package news.dateline.article;

import java.util.List;

/**
 * What a bulk action would do, for the editor to confirm: the stories chosen, each marked
 * with whether this staff member may do it to that story (the others are left alone), and
 * the section or tag it names.
 */
public record BulkPlan(ArticleBulkAction action, List<Item> items, String section, String sectionName, String tag) {

	public long allowedCount() {
		return this.items.stream().filter(Item::allowed).count();
	}

	public List<Long> ids() {
		return this.items.stream().map(Item::id).toList();
	}

	/** One story chosen, and whether the action applies to it. */
	public record Item(Long id, String headline, ArticleStatus status, boolean allowed) {
	}

}
