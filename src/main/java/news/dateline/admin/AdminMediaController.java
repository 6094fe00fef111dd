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

import news.dateline.media.MediaService;
import news.dateline.system.SiteProperties;
import news.dateline.system.FieldRejectedException;

/**
 * The media library pages: the list with thumbnails and search, the upload form (Authors
 * and up), and each image's page to change its description, use it in a new story or
 * delete it (Editors and up). The media service decides who may do what and whether a
 * file is an image.
 */
@Controller
@RequestMapping("/admin/media")
class AdminMediaController {

	static final String LIST = "admin/media/list";

	static final String UPLOAD = "admin/media/upload";

	static final String EDIT = "admin/media/edit";

	private final MediaService media;

	private final SiteProperties site;

	AdminMediaController(MediaService media, SiteProperties site) {
		this.media = media;
		this.site = site;
	}

	@ModelAttribute("maxFileSize")
	String maxFileSize() {
		return this.media.maxFileSize();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		model.addAttribute("library", this.media.page(q, page));
		return LIST;
	}

	@GetMapping("/new")
	String uploadForm(Model model) {
		model.addAttribute("uploadForm", MediaUploadForm.empty());
		return UPLOAD;
	}

	@PostMapping
	String upload(@Valid @ModelAttribute("uploadForm") MediaUploadForm form, BindingResult result,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return FormPages.again(response, UPLOAD);
		}
		Long id;
		try {
			id = this.media.upload(form.toUpload(this.media.maxFileBytes()));
		}
		catch (FieldRejectedException ex) {
			return FormPages.again(response, UPLOAD, result, ex);
		}
		Flash.done(redirect, "media.uploaded");
		return "redirect:/admin/media/" + id;
	}

	@GetMapping("/{id}")
	String edit(@PathVariable Long id, Model model) {
		model.addAttribute("image", this.media.view(id));
		model.addAttribute("mediaForm", MediaDetailsForm.of(this.media.editing(id), this.site.timeZone()));
		return EDIT;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("mediaForm") MediaDetailsForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		model.addAttribute("image", this.media.view(id));
		if (!form.expiryValid()) {
			result.rejectValue("rightsExpireOn", "typeMismatch");
		}
		return FormPages.save(result, response, EDIT,
				() -> this.media.update(id, form.version(), form.toDetails(this.site.timeZone())), redirect,
				"media.saved", "/admin/media/" + id);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, RedirectAttributes redirect) {
		this.media.delete(id);
		Flash.done(redirect, "media.deleted");
		return "redirect:/admin/media";
	}

}
