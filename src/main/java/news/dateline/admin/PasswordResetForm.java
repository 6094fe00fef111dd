package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;

/**
 * A new password an Administrator sets for a member who lost theirs.
 */
record PasswordResetForm(@NotBlank String password) {

	static PasswordResetForm empty() {
		return new PasswordResetForm("");
	}

}
