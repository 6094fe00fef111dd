package news.dateline.admin;

import java.util.List;

import news.dateline.article.ArticleBulkAction;

/**
 * A bulk action of the admin article list: the stories ticked, the action, the section or
 * tag it needs, and the list URL to go back to.
 */
record BulkForm(ArticleBulkAction action, List<Long> ids, String section, String tag, String back) {

	/**
	 * The list page the form came from, or the plain list (never another site, and never
	 * braces, which a redirect would take for URI template variables).
	 */
	String backUrl() {
		if (this.back != null && this.back.matches("/admin/articles(\\?[^\\s#{}]*)?")) {
			return this.back;
		}
		return "/admin/articles";
	}

}
