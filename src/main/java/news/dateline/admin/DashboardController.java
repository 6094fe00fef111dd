package news.dateline.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.List;

import news.dateline.article.ArticleService;
import news.dateline.article.Assignment;
import news.dateline.article.DeskNotes;
import news.dateline.article.EditorialService;
import news.dateline.system.SiteProperties;
import org.springframework.context.MessageSource;
import news.dateline.article.ImageRightsReport;
import news.dateline.audit.AuditLog;
import news.dateline.comment.CommentModeration;

/**
 * The admin's front page: a block per feature, each asked of that feature's service,
 * which leaves it out (null) when the member's role does not see it. A new block is one
 * more service call and one more section of the template.
 */
@Controller
class DashboardController {

	static final int AUDIT_ENTRIES = 10;

	private final CommentModeration moderation;

	private final AuditLog audit;

	private final EditorialService editorial;

	private final DeskNotes notes;

	private final ActivitySentences sentences;

	private final ImageRightsReport imageRights;

	DashboardController(CommentModeration moderation, AuditLog audit, EditorialService editorial, DeskNotes notes,
			ArticleService articles, MessageSource messages, SiteProperties site, ImageRightsReport imageRights) {
		this.imageRights = imageRights;
		this.moderation = moderation;
		this.audit = audit;
		this.editorial = editorial;
		this.notes = notes;
		this.sentences = new ActivitySentences(articles, messages, site);
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("editorialBlock", this.editorial.dashboard());
		model.addAttribute("expiredImagesBlock", this.imageRights.storiesWithExpiredImages());
		model.addAttribute("moderationBlock", this.moderation.summary().orElse(null));
		List<Assignment> assigned = this.notes.assignedToMe();
		model.addAttribute("assignedBlock", assigned.isEmpty() ? null : assigned);
		model.addAttribute("auditBlock", this.audit.recent(AUDIT_ENTRIES).map(this.sentences::of).orElse(null));
		return "admin/dashboard";
	}

}
