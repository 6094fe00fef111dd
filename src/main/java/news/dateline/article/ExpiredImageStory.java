package news.dateline.article;

/**
 * A story whose featured image may no longer be shown (its rights expired): readers see a
 * placeholder until an editor picks another image.
 */
public record ExpiredImageStory(Long id, String headline, ArticleStatus status) {

	public String editUrl() {
		return "/admin/articles/" + this.id + "/edit";
	}

}
