package news.dateline.admin;

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

import news.dateline.tag.TagService;

/**
 * The tags pages (Editors and Administrators): the list with story counts, renaming a
 * tag, and merging it into another. Tags are made where stories are tagged, not here.
 */
@Controller
@RequestMapping("/admin/tags")
class AdminTagController {

	static final String LIST = "admin/tags/list";

	static final String FORM = "admin/tags/form";

	private final TagService tags;

	AdminTagController(TagService tags) {
		this.tags = tags;
	}

	@GetMapping
	String list(@RequestParam(required = false) String after, Model model) {
		model.addAttribute("page", this.tags.page(after));
		return LIST;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("tagForm", TagForm.of(this.tags.editing(id)));
		model.addAttribute("tagMergeForm", new TagMergeForm(""));
		model.addAttribute("tagId", id);
		model.addAttribute("otherLanguages", LanguageNames.of(this.tags.otherLanguages()));
		return FORM;
	}

	@PostMapping("/{id}")
	String rename(@PathVariable Long id, @Valid @ModelAttribute TagForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("tagMergeForm", new TagMergeForm(""));
		model.addAttribute("tagId", id);
		return FormPages.save(result, response, FORM, () -> this.tags.rename(id, form.version(), form.toDetails()),
				redirect, "tag.saved", "/admin/tags");
	}

	@PostMapping("/{id}/merge")
	String merge(@PathVariable Long id, @Valid @ModelAttribute TagMergeForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("tagForm", TagForm.of(this.tags.editing(id)));
		model.addAttribute("tagId", id);
		return FormPages.save(result, response, FORM, () -> this.tags.merge(id, form.into()), redirect, "tag.merged",
				"/admin/tags");
	}

}
