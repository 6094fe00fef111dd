package news.dateline.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The "Report an error" form.
 *
 * @param message what is wrong
 * @param email where an editor may answer, optional (a browser sends it empty), never
 * shown
 * @param token the signed form token
 * @param homepage the honeypot: hidden from people, filled in by bots
 */
record ReportForm(@NotBlank @Size(max = 2000) String message,
		@Size(max = 100) @Email(regexp = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?") String email, String token,
		String homepage) {

	ReportForm {
		email = (email != null) ? email.strip() : null;
	}

	static ReportForm empty() {
		return new ReportForm("", "", null, null);
	}

}
