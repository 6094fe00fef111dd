package news.dateline.admin;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line message the admin layout shows after a redirect ("3 comments approved."), by message
 * key and arguments.
 */
public record Flash(String key, Object[] args, boolean error) {

	static final String ATTRIBUTE = "flash";

	static void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash(key, args, false));
	}

	static void refused(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash(key, args, true));
	}

}
