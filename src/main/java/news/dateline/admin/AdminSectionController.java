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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.section.SectionService;

/**
 * The sections pages (Editors and Administrators): the list in navigation order, a new
 * section, and editing one.
 */
@Controller
@RequestMapping("/admin/sections")
class AdminSectionController {

	static final String LIST = "admin/sections/list";

	static final String FORM = "admin/sections/form";

	private final SectionService sections;

	AdminSectionController(SectionService sections) {
		this.sections = sections;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("sections", this.sections.forEditing());
		return LIST;
	}

	@GetMapping("/new")
	String newSection(Model model) {
		model.addAttribute("sectionForm", SectionForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute SectionForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormPages.save(result, response, FORM, () -> this.sections.create(form.toDetails()), redirect,
				"section.saved", "/admin/sections");
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("sectionId", id);
		model.addAttribute("sectionForm", SectionForm.of(this.sections.editing(id)));
		model.addAttribute("otherLanguages", LanguageNames.of(this.sections.otherLanguages()));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute SectionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("sectionId", id);
		return FormPages.save(result, response, FORM, () -> this.sections.update(id, form.version(), form.toDetails()),
				redirect, "section.saved", "/admin/sections");
	}

}
