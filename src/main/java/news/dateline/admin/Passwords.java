package news.dateline.admin;

import org.springframework.validation.BindingResult;

/**
 * The rule of forms that ask for a new password twice: both must be the same.
 */
final class Passwords {

	private Passwords() {
	}

	static void checkRepeated(BindingResult result, String field, String password, String again) {
		if (!result.hasFieldErrors(field) && password != null && !password.equals(again)) {
			result.rejectValue(field, "password.error.mismatch");
		}
	}

}
