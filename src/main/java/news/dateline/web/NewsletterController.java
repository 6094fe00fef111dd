package news.dateline.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import news.dateline.newsletter.InvalidNewsletterLinkException;
import news.dateline.newsletter.ManagedSubscriptions;
import news.dateline.newsletter.Subscriptions;
import news.dateline.system.FieldRejectedException;

/**
 * Readers' newsletter pages: the subscribe form's answer (the same whether or not the
 * address was known), the confirmation link, the manage page of one address, and the
 * one-click unsubscribe URL that mail clients POST to (RFC 8058). None needs a login; the
 * links carry signed tokens.
 */
@Controller
class NewsletterController {

	static final String SUBSCRIBE = "newsletters/subscribe";

	static final String MANAGE = "newsletters/manage";

	static final String INVALID = "newsletters/invalid";

	private final Subscriptions subscriptions;

	private final SameOriginGuard originGuard;

	NewsletterController(Subscriptions subscriptions, SameOriginGuard originGuard) {
		this.subscriptions = subscriptions;
		this.originGuard = originGuard;
	}

	@PostMapping("/newsletters/subscribe")
	String subscribe(@RequestParam(required = false) String email,
			@RequestParam(name = "lists", required = false) List<String> lists, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		CachePolicy.apply(response, true);
		if (!this.originGuard.isSameOrigin(request)) {
			throw new CrossSiteFormException();
		}
		model.addAttribute("email", (email != null && email.length() <= 254) ? email.strip() : "");
		model.addAttribute("lists", (lists != null) ? lists : List.of());
		try {
			this.subscriptions.subscribe(email, lists);
		}
		catch (FieldRejectedException ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("error", ex.messageKey());
			model.addAttribute("errorField", ex.field());
			return SUBSCRIBE;
		}
		model.addAttribute("sent", true);
		return SUBSCRIBE;
	}

	@GetMapping("/newsletters/confirm")
	String confirm(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		CachePolicy.apply(response, true);
		return manage(this.subscriptions.confirm(token), "newsletter.confirmed", model);
	}

	@GetMapping({ "/newsletters/manage", "/newsletters/unsubscribe" })
	String manage(@RequestParam(required = false) String token, HttpServletResponse response, Model model) {
		CachePolicy.apply(response, true);
		return manage(this.subscriptions.manage(token), null, model);
	}

	/**
	 * One-click unsubscribe (a mail client's POST, body
	 * {@code List-Unsubscribe=One-Click}) and the manage page's buttons.
	 */
	@PostMapping("/newsletters/unsubscribe")
	String unsubscribe(@RequestParam(required = false) String token,
			@RequestParam(name = "list", required = false) String list, HttpServletResponse response, Model model) {
		CachePolicy.apply(response, true);
		return manage(this.subscriptions.unsubscribe(token, list),
				(list != null) ? "newsletter.unsubscribed-one" : "newsletter.unsubscribed-all", model);
	}

	private static String manage(ManagedSubscriptions managed, String notice, Model model) {
		model.addAttribute("managed", managed);
		model.addAttribute("notice", notice);
		return MANAGE;
	}

	@ExceptionHandler(InvalidNewsletterLinkException.class)
	String invalidLink(InvalidNewsletterLinkException ex, HttpServletResponse response, Model model) {
		CachePolicy.apply(response, true);
		response.setStatus(ex.isExpired() ? HttpStatus.GONE.value() : HttpStatus.BAD_REQUEST.value());
		model.addAttribute("expired", ex.isExpired());
		return INVALID;
	}

}
