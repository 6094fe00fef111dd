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

import news.dateline.source.SourceKind;
import news.dateline.source.SourceService;

/**
 * The sources pages (Editors and Administrators): wire services, partners and press
 * releases, their URLs and how stories credit them.
 */
@Controller
@RequestMapping("/admin/sources")
class AdminSourceController {

	static final String LIST = "admin/sources/list";

	static final String FORM = "admin/sources/form";

	private final SourceService sources;

	AdminSourceController(SourceService sources) {
		this.sources = sources;
	}

	@ModelAttribute("kinds")
	SourceKind[] kinds() {
		return SourceKind.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String after, Model model) {
		model.addAttribute("page", this.sources.page(after));
		return LIST;
	}

	@GetMapping("/new")
	String newSource(Model model) {
		model.addAttribute("sourceForm", SourceForm.empty());
		return FORM;
	}

	@PostMapping
	String create(@Valid @ModelAttribute SourceForm form, BindingResult result, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormPages.save(result, response, FORM, () -> this.sources.create(form.toDetails()), redirect,
				"source.saved", "/admin/sources");
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("sourceId", id);
		model.addAttribute("sourceForm", SourceForm.of(this.sources.editing(id)));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute SourceForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("sourceId", id);
		return FormPages.save(result, response, FORM, () -> this.sources.update(id, form.version(), form.toDetails()),
				redirect, "source.saved", "/admin/sources");
	}

}
