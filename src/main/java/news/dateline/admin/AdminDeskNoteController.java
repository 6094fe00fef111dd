package news.dateline.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.article.ArticleRejectedException;
import news.dateline.article.DeskNotes;

/**
 * The editor page's notes and assignment panel: leaving a note for the writer, marking a
 * note resolved, and assigning the story; each answers with the editor page again, at the
 * panel.
 */
@Controller
@RequestMapping("/admin/articles/{id}")
class AdminDeskNoteController {

	private final DeskNotes notes;

	AdminDeskNoteController(DeskNotes notes) {
		this.notes = notes;
	}

	@PostMapping("/notes")
	String add(@PathVariable Long id, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		try {
			this.notes.addNote(id, note);
			Flash.done(redirect, "desk.note.added");
		}
		catch (ArticleRejectedException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		return back(id);
	}

	@PostMapping("/notes/{noteId}/resolve")
	String resolve(@PathVariable Long id, @PathVariable Long noteId, RedirectAttributes redirect) {
		this.notes.resolve(id, noteId);
		Flash.done(redirect, "desk.note.resolved");
		return back(id);
	}

	@PostMapping("/assign")
	String assign(@PathVariable Long id, @RequestParam(required = false) Long assignee, RedirectAttributes redirect) {
		try {
			this.notes.assign(id, assignee);
			Flash.done(redirect, (assignee != null) ? "desk.assigned" : "desk.unassigned");
		}
		catch (ArticleRejectedException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		return back(id);
	}

	private static String back(Long id) {
		return "redirect:/admin/articles/" + id + "/edit#desk";
	}

}
