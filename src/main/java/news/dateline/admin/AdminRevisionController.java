package news.dateline.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.article.ArticleConflictException;
import news.dateline.article.ChecklistNotMetException;
import news.dateline.article.EditorialService;
import news.dateline.article.RevisionService;

/**
 * A story's revision history, the word-level diff between two revisions, and restoring
 * one (which saves it as a new revision).
 */
@Controller
@RequestMapping("/admin/articles/{id}/revisions")
class AdminRevisionController {

	private final RevisionService revisions;

	private final EditorialService editorial;

	AdminRevisionController(RevisionService revisions, EditorialService editorial) {
		this.revisions = revisions;
		this.editorial = editorial;
	}

	@GetMapping
	String history(@PathVariable Long id, Model model) {
		model.addAttribute("history", this.revisions.history(id));
		return "admin/articles/revisions";
	}

	@GetMapping("/diff")
	String diff(@PathVariable Long id, @RequestParam int from, @RequestParam int to, Model model) {
		model.addAttribute("diff", this.revisions.diff(id, from, to));
		return "admin/articles/diff";
	}

	@PostMapping("/{number}/restore")
	String restore(@PathVariable Long id, @PathVariable int number, @RequestParam long version,
			RedirectAttributes redirect) {
		try {
			this.editorial.restore(id, number, version);
		}
		catch (ArticleConflictException ex) {
			Flash.refused(redirect, "article.flash.restore-conflict");
			return "redirect:/admin/articles/" + id + "/revisions";
		}
		catch (ChecklistNotMetException ex) {
			Flash.refused(redirect, "article.flash.restore-blocked");
			return "redirect:/admin/articles/" + id + "/revisions";
		}
		Flash.done(redirect, "article.flash.restored");
		return "redirect:/admin/articles/" + id + "/edit";
	}

}
