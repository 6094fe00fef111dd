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

import news.dateline.author.AuthorService;

/**
 * The bylines pages (Editors and Administrators): the list, a new byline, and editing
 * one.
 */
@Controller
@RequestMapping("/admin/authors")
class AdminAuthorController {

	static final String LIST = "admin/authors/list";

	static final String FORM = "admin/authors/form";

	private final AuthorService authors;

	AdminAuthorController(AuthorService authors) {
		this.authors = authors;
	}

	@GetMapping
	String list(@RequestParam(required = false) String after, Model model) {
		model.addAttribute("page", this.authors.page(after));
		return LIST;
	}

	@GetMapping("/new")
	String newAuthor(Model model) {
		model.addAttribute("authorForm", AuthorForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute AuthorForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		form.check(result);
		return FormPages.save(result, response, FORM, () -> this.authors.create(form.toDetails()), redirect,
				"author.saved", "/admin/authors");
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("authorId", id);
		model.addAttribute("authorForm", AuthorForm.of(this.authors.editing(id)));
		model.addAttribute("otherLanguages", LanguageNames.of(this.authors.otherLanguages()));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute AuthorForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		form.check(result);
		model.addAttribute("authorId", id);
		return FormPages.save(result, response, FORM, () -> this.authors.update(id, form.version(), form.toDetails()),
				redirect, "author.saved", "/admin/authors");
	}

}
