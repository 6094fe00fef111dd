package news.dateline.admin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import news.dateline.system.FieldRejectedException;

/**
 * The admin's way with forms: when valid, save, then redirect with a flash message; when
 * not (or when the service refuses a value), the same page again, status 422, the input
 * kept and each message beside its field.
 */
final class FormPages {

	private FormPages() {
	}

	/** Sets 422 on the response and returns the form's view. */
	static String again(HttpServletResponse response, String view) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return view;
	}

	/** Puts a service's refusal beside its field, then {@link #again}. */
	static String again(HttpServletResponse response, String view, BindingResult result, FieldRejectedException ex) {
		result.rejectValue(ex.field(), ex.messageKey());
		return again(response, view);
	}

	/**
	 * Saves a valid form and redirects with the flash message, or shows the form again.
	 * @param view the form's view, already filled with what it needs besides the form
	 */
	static String save(BindingResult result, HttpServletResponse response, String view, Runnable save,
			RedirectAttributes redirect, String doneKey, String redirectTo) {
		if (result.hasErrors()) {
			return again(response, view);
		}
		try {
			save.run();
		}
		catch (FieldRejectedException ex) {
			return again(response, view, result, ex);
		}
		Flash.done(redirect, doneKey);
		return "redirect:" + redirectTo;
	}

}
