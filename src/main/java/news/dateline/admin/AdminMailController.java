package news.dateline.admin;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.mail.OutboxSender;
import news.dateline.mail.MailStatus;
import news.dateline.mail.Outbox;
import news.dateline.mail.OutboxMessage;

/**
 * The mail outbox (Administrators): what is queued, sent and failed and why, and each
 * mail in full, which is also the development mail viewer when no mail server is
 * configured.
 */
@Controller
@RequestMapping("/admin/mail")
class AdminMailController {

	static final String LIST = "admin/mail/list";

	static final String SHOW = "admin/mail/show";

	/**
	 * The HTML part shown on its own: no script, no forms, no requests but for images.
	 */
	static final String HTML_PART_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src https: http: data:";

	private final Outbox outbox;

	private final OutboxSender sender;

	AdminMailController(Outbox outbox, OutboxSender sender) {
		this.outbox = outbox;
		this.sender = sender;
	}

	@GetMapping
	String list(@RequestParam(required = false) MailStatus status, @RequestParam(defaultValue = "0") int page,
			Model model) {
		var rows = this.outbox.recent(status, page);
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("mails", rows.stream().limit(Outbox.pageSize()).toList());
		model.addAttribute("hasMore", rows.size() > Outbox.pageSize());
		model.addAttribute("status", status);
		model.addAttribute("page", Math.max(0, page));
		model.addAttribute("statuses", MailStatus.values());
		model.addAttribute("configured", this.sender.isConfigured());
		return LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", this.outbox.get(id));
		return SHOW;
	}

	@GetMapping("/{id}/html")
	ResponseEntity<String> html(@PathVariable long id) {
		OutboxMessage mail = this.outbox.get(id);
		if (mail.html() == null) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Security-Policy", HTML_PART_POLICY)
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(mail.html());
	}

	@PostMapping("/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		this.outbox.retry(id);
		Flash.done(redirect, "mail.admin.requeued");
		return "redirect:/admin/mail/" + id;
	}

}
