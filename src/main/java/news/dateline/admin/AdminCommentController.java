package news.dateline.admin;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.comment.BlockKind;
import news.dateline.comment.CommentModeration;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.ModerationAction;
import news.dateline.comment.ModerationItem;

/**
 * The comment moderation queue (Editors and Administrators): tabs by status with their
 * counts, decisions on one comment or a selection, and a comment's own page to edit it,
 * reply as staff or block its sender.
 */
@Controller
@RequestMapping("/admin/comments")
class AdminCommentController {

	static final String QUEUE = "admin/comments/list";

	static final String COMMENT = "admin/comments/show";

	private final CommentModeration moderation;

	AdminCommentController(CommentModeration moderation) {
		this.moderation = moderation;
	}

	@GetMapping
	String queue(@RequestParam(defaultValue = "pending") String status, @RequestParam(required = false) Long before,
			Model model) {
		CommentStatus tab = status(status);
		model.addAttribute("queue", this.moderation.queue(tab, before));
		model.addAttribute("counts", this.moderation.counts());
		model.addAttribute("tabs", CommentStatus.values());
		model.addAttribute("actions", ModerationAction.values());
		return QUEUE;
	}

	@PostMapping("/{id}/{action}")
	String decide(@PathVariable Long id, @PathVariable String action,
			@RequestParam(defaultValue = "pending") String status, RedirectAttributes redirect) {
		ModerationAction decision = action(action);
		boolean changed = this.moderation.apply(decision, id);
		Flash.done(redirect, "moderation.done." + action, changed ? 1 : 0);
		return "redirect:/admin/comments?status=" + status(status).name().toLowerCase(Locale.ROOT);
	}

	@PostMapping("/bulk")
	String bulk(@RequestParam(name = "ids", required = false) List<Long> ids, @RequestParam String action,
			@RequestParam(defaultValue = "pending") String status, RedirectAttributes redirect) {
		if (ids == null || ids.isEmpty()) {
			Flash.refused(redirect, "moderation.error.nothing-selected");
		}
		else {
			Flash.done(redirect, "moderation.done." + action, this.moderation.apply(action(action), ids));
		}
		return "redirect:/admin/comments?status=" + status(status).name().toLowerCase(Locale.ROOT);
	}

	@GetMapping("/{id}")
	String show(@PathVariable Long id, Model model) {
		ModerationItem comment = this.moderation.get(id);
		model.addAttribute("editForm", new CommentTextForm(comment.body()));
		model.addAttribute("replyForm", new StaffReplyForm(""));
		return fill(comment, model);
	}

	private String fill(ModerationItem comment, Model model) {
		model.addAttribute("comment", comment);
		model.addAttribute("actions", ModerationAction.values());
		return COMMENT;
	}

	@PostMapping("/{id}/edit")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("editForm") CommentTextForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			model.addAttribute("replyForm", new StaffReplyForm(""));
			return FormPages.again(response, fill(this.moderation.get(id), model));
		}
		this.moderation.edit(id, form.body());
		Flash.done(redirect, "moderation.edited");
		return "redirect:/admin/comments/" + id;
	}

	@PostMapping("/{id}/reply")
	String reply(@PathVariable Long id, @Valid @ModelAttribute("replyForm") StaffReplyForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			ModerationItem comment = this.moderation.get(id);
			model.addAttribute("editForm", new CommentTextForm(comment.body()));
			return FormPages.again(response, fill(comment, model));
		}
		Long reply = this.moderation.reply(id, form.reply());
		Flash.done(redirect, "moderation.replied");
		return "redirect:/admin/comments/" + reply;
	}

	@PostMapping("/{id}/block")
	String block(@PathVariable Long id, @RequestParam BlockKind kind, RedirectAttributes redirect) {
		this.moderation.block(id, kind);
		Flash.done(redirect, "moderation.blocked." + kind.name().toLowerCase(Locale.ROOT));
		return "redirect:/admin/comments/" + id;
	}

	@GetMapping("/blocks")
	String blocks(Model model) {
		model.addAttribute("blocks", this.moderation.blocks());
		model.addAttribute("counts", this.moderation.counts());
		model.addAttribute("tabs", CommentStatus.values());
		return "admin/comments/blocks";
	}

	@PostMapping("/blocks/{id}/delete")
	String unblock(@PathVariable Long id, RedirectAttributes redirect) {
		this.moderation.unblock(id);
		Flash.done(redirect, "moderation.unblocked");
		return "redirect:/admin/comments/blocks";
	}

	private static CommentStatus status(String name) {
		return CommentStatus.valueOf(name.toUpperCase(Locale.ROOT));
	}

	private static ModerationAction action(String name) {
		return ModerationAction.valueOf(name.toUpperCase(Locale.ROOT));
	}

}
