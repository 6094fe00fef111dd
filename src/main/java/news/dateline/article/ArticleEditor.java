package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * The article editor's page of a stored story: its state, the text to edit, the checklist
 * items still unmet, the workflow moves the actor may make, its corrections log and a
 * signed preview link.
 */
public record ArticleEditor(Long id, String slug, ArticleStatus status, Instant publishedAt, Instant releaseAt,
		Instant updatedAt, boolean live, ArticleEdit edit, List<ChecklistItem> unmet, EditorialActions actions,
		List<CorrectionView> corrections, String previewUrl) {

	public String url() {
		return ArticleView.urlOf(this.slug);
	}

	public boolean checklistMet() {
		return this.unmet.isEmpty();
	}

}
