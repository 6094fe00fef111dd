package news.dateline.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

/**
 * The first-run setup form: the first Administrator's email, name and password (typed
 * twice).
 */
record SetupForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 120) String displayName,
		@NotBlank String password, @NotBlank String passwordAgain) {

	static SetupForm empty() {
		return new SetupForm("", "", "", "");
	}

	void check(BindingResult result) {
		Passwords.checkRepeated(result, "passwordAgain", this.password, this.passwordAgain);
	}

}
