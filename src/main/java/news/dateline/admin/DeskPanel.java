package news.dateline.admin;

import org.springframework.ui.Model;

import news.dateline.article.DeskNotes;
import news.dateline.user.UserService;

/**
 * The editor page's notes and assignment panel: the story's notes, who it is assigned to,
 * and (for Editors and Administrators) the staff it can be assigned to.
 */
final class DeskPanel {

	private final DeskNotes notes;

	private final UserService users;

	DeskPanel(DeskNotes notes, UserService users) {
		this.notes = notes;
		this.users = users;
	}

	void fill(Model model, Long articleId) {
		DeskNotes.Panel panel = this.notes.panel(articleId);
		model.addAttribute("notes", panel.notes());
		model.addAttribute("assignment", panel.assignment());
		model.addAttribute("colleagues", this.notes.mayAssign() ? this.users.colleagues() : null);
	}

}
