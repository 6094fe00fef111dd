package news.dateline.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.author.AuthorService;
import news.dateline.live.LiveEntryView;
import news.dateline.live.LiveService;
import news.dateline.system.FieldRejectedException;

/**
 * The live desk of a story (Authors and above file; Editors start and end coverage): the
 * filing form on top, the entries below with edit and delete. Plain form posts with
 * post/redirect/get; with script, live-desk.js files in one step and gets JSON back.
 */
@Controller
@RequestMapping("/admin/live")
class AdminLiveController {

	static final String DESK = "admin/live/desk";

	static final String ENTRY = "admin/live/entry";

	private final LiveService live;

	private final MessageSource messages;

	private final AuthorService authors;

	AdminLiveController(LiveService live, MessageSource messages, AuthorService authors) {
		this.authors = authors;
		this.live = live;
		this.messages = messages;
	}

	@GetMapping("/{articleId}")
	String desk(@PathVariable Long articleId, Model model) {
		model.addAttribute("desk", this.live.desk(articleId));
		model.addAttribute("bylines", this.authors.choices());
		if (!model.containsAttribute("liveEntryForm")) {
			model.addAttribute("liveEntryForm", LiveEntryForm.empty());
		}
		return DESK;
	}

	@PostMapping("/{articleId}/entries")
	String file(@PathVariable Long articleId, @Valid @ModelAttribute LiveEntryForm form, BindingResult result,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("desk", this.live.desk(articleId));
		model.addAttribute("bylines", this.authors.choices());
		return FormPages.save(result, response, DESK, () -> this.live.file(articleId, form.toDraft()), redirect,
				"live.filed", "/admin/live/" + articleId);
	}

	@PostMapping(path = "/{articleId}/entries", produces = MediaType.APPLICATION_JSON_VALUE, headers = "X-Live-Desk=1")
	@ResponseBody
	ResponseEntity<Map<String, Object>> fileWithScript(@PathVariable Long articleId,
			@Valid @ModelAttribute LiveEntryForm form, BindingResult result) {
		Map<String, Object> answer = new LinkedHashMap<>();
		if (!result.hasErrors()) {
			try {
				answer.put("id", this.live.file(articleId, form.toDraft()));
				answer.put("message", text("live.filed"));
				return ResponseEntity.ok(answer);
			}
			catch (FieldRejectedException ex) {
				result.rejectValue(ex.field(), ex.messageKey());
			}
		}
		Map<String, String> errors = new LinkedHashMap<>();
		for (FieldError error : result.getFieldErrors()) {
			errors.putIfAbsent(error.getField(), this.messages.getMessage(error, LocaleContextHolder.getLocale()));
		}
		answer.put("errors", errors);
		return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(answer);
	}

	@PostMapping("/{articleId}/start")
	String start(@PathVariable Long articleId, RedirectAttributes redirect) {
		this.live.start(articleId);
		Flash.done(redirect, "live.started-flash");
		return "redirect:/admin/live/" + articleId;
	}

	@PostMapping("/{articleId}/end")
	String end(@PathVariable Long articleId, RedirectAttributes redirect) {
		this.live.end(articleId);
		Flash.done(redirect, "live.ended-flash");
		return "redirect:/admin/live/" + articleId;
	}

	@GetMapping("/entries/{id}")
	String entry(@PathVariable Long id, Model model) {
		LiveEntryView entry = this.live.entry(id);
		model.addAttribute("entry", entry);
		model.addAttribute("bylines", this.authors.choices());
		model.addAttribute("liveEntryForm", LiveEntryForm.of(entry));
		return ENTRY;
	}

	@PostMapping("/entries/{id}")
	String edit(@PathVariable Long id, @Valid @ModelAttribute LiveEntryForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LiveEntryView entry = this.live.entry(id);
		model.addAttribute("entry", entry);
		model.addAttribute("bylines", this.authors.choices());
		return FormPages.save(result, response, ENTRY, () -> this.live.edit(id, form.toDraft()), redirect, "live.saved",
				"/admin/live/" + entry.articleId() + "#" + entry.anchor());
	}

	@PostMapping("/entries/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		LiveEntryView entry = this.live.entry(id);
		this.live.delete(id);
		Flash.done(redirect, "live.deleted");
		return "redirect:/admin/live/" + entry.articleId();
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
