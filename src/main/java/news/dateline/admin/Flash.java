package news.dateline.admin;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one-line message the admin layout shows after a redirect ("3 comments approved."),
 * by message key and arguments. It travels in the session (kept in the database by Spring
 * Session JDBC), so it is serializable and its arguments are plain strings and numbers.
 */
public record Flash(String key, Object[] args, boolean error) implements Serializable {

	static final String ATTRIBUTE = "flash";

	static void done(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash(key, args, false));
	}

	static void refused(RedirectAttributes redirect, String key, Object... args) {
		redirect.addFlashAttribute(ATTRIBUTE, new Flash(key, args, true));
	}

}
