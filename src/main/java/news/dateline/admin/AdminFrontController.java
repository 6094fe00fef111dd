package news.dateline.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import news.dateline.article.FrontPins;
import news.dateline.section.SectionService;
import news.dateline.section.SectionView;
import news.dateline.system.RuleViolationException;

/**
 * The fronts page (Editors and Administrators): the home page's or a section's lead and
 * featured slots as readers see them, pinning a story to a slot and unpinning one.
 */
@Controller
@RequestMapping("/admin/front")
class AdminFrontController {

	static final String PAGE = "admin/front";

	private final FrontPins pins;

	private final SectionService sections;

	AdminFrontController(FrontPins pins, SectionService sections) {
		this.pins = pins;
		this.sections = sections;
	}

	@GetMapping
	String show(@RequestParam(required = false) Long section, Model model) {
		model.addAttribute("arrangement", this.pins.arrangement(section));
		List<SectionView> all = this.sections.all();
		model.addAttribute("sections", all);
		model.addAttribute("frontUrl",
				all.stream().filter((view) -> view.id().equals(section)).map(SectionView::url).findFirst().orElse("/"));
		model.addAttribute("slots", FrontPins.SLOTS);
		return PAGE;
	}

	@PostMapping("/pin")
	String pin(@RequestParam(required = false) Long section, @RequestParam(defaultValue = "0") int slot,
			@RequestParam(required = false) Long article, RedirectAttributes redirect) {
		try {
			this.pins.pin(section, slot, article);
			Flash.done(redirect, "front.pinned", slot);
		}
		catch (RuleViolationException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		return back(section);
	}

	@PostMapping("/unpin")
	String unpin(@RequestParam(required = false) Long section, @RequestParam(defaultValue = "0") int slot,
			RedirectAttributes redirect) {
		try {
			this.pins.unpin(section, slot);
			Flash.done(redirect, "front.unpinned", slot);
		}
		catch (RuleViolationException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		return back(section);
	}

	private static String back(Long section) {
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/front")
			.queryParamIfPresent("section", Optional.ofNullable(section))
			.toUriString();
	}

}
