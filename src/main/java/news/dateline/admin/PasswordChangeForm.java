package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.BindingResult;

/**
 * A signed-in member's password change: the current password, and the new one twice.
 */
record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
		@NotBlank String newPasswordAgain) {

	static PasswordChangeForm empty() {
		return new PasswordChangeForm("", "", "");
	}

	void check(BindingResult result) {
		Passwords.checkRepeated(result, "newPasswordAgain", this.newPassword, this.newPasswordAgain);
	}

}
