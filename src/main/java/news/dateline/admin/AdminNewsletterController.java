package news.dateline.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.newsletter.Digests;
import news.dateline.newsletter.Mailings;
import news.dateline.system.FieldRejectedException;

/**
 * Newsletters (Editors): subscriber counts per list, each mailing's delivery figures, and
 * sending a breaking-news alert about a live story, and when each digest goes out.
 */
@Controller
@RequestMapping("/admin/newsletters")
class AdminNewsletterController {

	static final String VIEW = "admin/newsletters";

	private final Mailings mailings;

	private final Digests digests;

	AdminNewsletterController(Mailings mailings, Digests digests) {
		this.mailings = mailings;
		this.digests = digests;
	}

	@GetMapping
	String overview(Model model) {
		var lists = this.mailings.lists();
		model.addAttribute("lists", lists);
		model.addAttribute("schedules",
				this.digests.schedules(lists.stream().map((figures) -> figures.list().key()).toList()));
		model.addAttribute("weekdays", java.time.DayOfWeek.values());
		model.addAttribute("issues", this.mailings.issues());
		return VIEW;
	}

	@PostMapping("/alert")
	String alert(@RequestParam(defaultValue = "") String slug, RedirectAttributes redirect) {
		String plain = slug.strip().replaceFirst("^.*/articles/", "").replaceAll("/+$", "");
		try {
			int count = this.mailings.sendBreakingAlert(plain);
			Flash.done(redirect, "newsletter.admin.sent", count);
		}
		catch (FieldRejectedException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		return "redirect:/admin/newsletters";
	}

	/** Sets when a digest list goes out. */
	@PostMapping("/schedule")
	String schedule(@RequestParam(defaultValue = "") String list, @RequestParam(defaultValue = "") String at,
			@RequestParam(required = false) Integer weekday, RedirectAttributes redirect) {
		try {
			this.digests.schedule(list, at, weekday);
			Flash.done(redirect, "newsletter.admin.scheduled");
		}
		catch (FieldRejectedException ex) {
			Flash.refused(redirect, ex.messageKey());
		}
		return "redirect:/admin/newsletters";
	}

}
