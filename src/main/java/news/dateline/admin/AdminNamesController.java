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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.author.AuthorService;
import news.dateline.section.SectionService;
import news.dateline.system.LocalisedName;
import news.dateline.tag.TagService;

/**
 * A section's and a tag's name, slug and description in another edition's language
 * ({@code /admin/sections/{id}/names/es}), and an author's bio in it
 * ({@code /admin/authors/{id}/bio/es}); the section, tag and author forms link here.
 */
@Controller
class AdminNamesController {

	static final String VIEW = "admin/names/form";

	private final SectionService sections;

	private final TagService tags;

	private final AuthorService authors;

	AdminNamesController(SectionService sections, TagService tags, AuthorService authors) {
		this.authors = authors;
		this.sections = sections;
		this.tags = tags;
	}

	@GetMapping("/admin/sections/{id}/names/{language}")
	String section(@PathVariable Long id, @PathVariable String language, Model model) {
		LocalisedName names = this.sections.translations(id)
			.stream()
			.filter((name) -> name.language().equals(language))
			.findFirst()
			.orElse(null);
		model.addAttribute("namesForm", (names != null) ? new NamesForm(names.name(), names.slug(), names.description())
				: new NamesForm("", "", ""));
		return page(model, "sections", id, language);
	}

	@PostMapping("/admin/sections/{id}/names/{language}")
	String saveSection(@PathVariable Long id, @PathVariable String language, @Valid @ModelAttribute NamesForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		page(model, "sections", id, language);
		return FormPages.save(result, response, VIEW,
				() -> this.sections.translate(id, language, form.name(), form.slug(), form.description()), redirect,
				"section.saved", "/admin/sections/" + id);
	}

	@GetMapping("/admin/tags/{id}/names/{language}")
	String tag(@PathVariable Long id, @PathVariable String language, Model model) {
		LocalisedName names = this.tags.translations(id)
			.stream()
			.filter((name) -> name.language().equals(language))
			.findFirst()
			.orElse(null);
		model.addAttribute("namesForm",
				(names != null) ? new NamesForm(names.name(), names.slug(), null) : new NamesForm("", "", null));
		return page(model, "tags", id, language);
	}

	@PostMapping("/admin/tags/{id}/names/{language}")
	String saveTag(@PathVariable Long id, @PathVariable String language, @Valid @ModelAttribute NamesForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		page(model, "tags", id, language);
		return FormPages.save(result, response, VIEW, () -> this.tags.translate(id, language, form.name(), form.slug()),
				redirect, "tag.saved", "/admin/tags/" + id);
	}

	@GetMapping("/admin/authors/{id}/bio/{language}")
	String bio(@PathVariable Long id, @PathVariable String language, Model model) {
		model.addAttribute("namesForm", new NamesForm(null, null, this.authors.bios(id).getOrDefault(language, "")));
		return page(model, "authors", id, language);
	}

	@PostMapping("/admin/authors/{id}/bio/{language}")
	String saveBio(@PathVariable Long id, @PathVariable String language, @Valid @ModelAttribute NamesForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		page(model, "authors", id, language);
		return FormPages.save(result, response, VIEW, () -> this.authors.translateBio(id, language, form.description()),
				redirect, "author.saved", "/admin/authors/" + id);
	}

	private static String page(Model model, String kind, Long id, String language) {
		model.addAttribute("kind", kind);
		model.addAttribute("itemId", id);
		model.addAttribute("language", language);
		model.addAttribute("languageName", LanguageNames.of(java.util.List.of(language)).get(language));
		return VIEW;
	}

}
