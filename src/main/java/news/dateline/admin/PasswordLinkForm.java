package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;

import org.springframework.validation.BindingResult;

/**
 * A new password chosen from a mailed link: the link's token, and the password twice.
 */
record PasswordLinkForm(String token, @NotBlank String password, @NotBlank String passwordAgain) {

	void check(BindingResult result) {
		Passwords.checkRepeated(result, "passwordAgain", this.password, this.passwordAgain);
	}

}
