package news.dateline.admin;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.article.AutosaveOutcome;
import news.dateline.article.AutosaveService;
import news.dateline.system.SiteProperties;

/**
 * What the editor page's script sends while an editor writes: autosaves of the form and
 * heartbeats that keep the edit lock (both answered as JSON, with who holds the lock when
 * it is someone else), and the "Take over" button of the notice a second editor sees.
 */
@Controller
@RequestMapping("/admin/articles/{id}")
class AdminArticleAutosaveController {

	private final AutosaveService autosaves;

	private final DateTimeFormatter clockTime;

	AdminArticleAutosaveController(AutosaveService autosaves, SiteProperties site) {
		this.autosaves = autosaves;
		this.clockTime = DateTimeFormatter.ofPattern("HH:mm").withZone(site.timeZone());
	}

	@PostMapping(path = "/autosave", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AutosaveStatus> autosave(@PathVariable Long id, @Valid @ModelAttribute AutosaveForm form,
			BindingResult result) {
		if (result.hasErrors()) {
			return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(AutosaveStatus.REFUSED);
		}
		return ResponseEntity.ok(status(this.autosaves.autosave(id, form.toEdit())));
	}

	@PostMapping(path = "/heartbeat", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<AutosaveStatus> heartbeat(@PathVariable Long id) {
		return ResponseEntity.ok(status(this.autosaves.heartbeat(id)));
	}

	@PostMapping("/take-over")
	String takeOver(@PathVariable Long id, RedirectAttributes redirect) {
		this.autosaves.takeOver(id);
		Flash.done(redirect, "article.lock.taken-over");
		return "redirect:/admin/articles/" + id + "/edit";
	}

	private AutosaveStatus status(AutosaveOutcome outcome) {
		if (outcome.locked()) {
			return new AutosaveStatus("locked", null, outcome.heldBy().userName(), time(outcome.heldBy().since()));
		}
		return new AutosaveStatus((outcome.savedAt() != null) ? "saved" : "held", time(outcome.savedAt()), null, null);
	}

	private String time(Instant instant) {
		return (instant != null) ? this.clockTime.format(instant) : null;
	}

	/**
	 * The JSON the script reads: {@code saved} (at {@code savedAt}, a clock time in the
	 * site's zone), {@code held} (the lock is renewed), {@code locked} (by {@code holder}
	 * since {@code since}: nothing was kept), or {@code refused} (a field is too long).
	 */
	record AutosaveStatus(String state, String savedAt, String holder, String since) {

		static final AutosaveStatus REFUSED = new AutosaveStatus("refused", null, null, null);

	}

}
