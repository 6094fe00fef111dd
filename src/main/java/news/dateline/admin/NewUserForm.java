package news.dateline.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import news.dateline.security.Role;
import news.dateline.user.NewStaffUser;

/**
 * An Administrator's form for a new staff account; the byline is optional, and without a
 * first password the new member is invited by mail to choose one.
 */
record NewUserForm(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 120) String displayName,
		@NotNull Role role, String password, Long authorId) {

	static NewUserForm empty() {
		return new NewUserForm("", "", Role.CONTRIBUTOR, "", null);
	}

	NewStaffUser toAccount() {
		return new NewStaffUser(this.email, this.displayName, this.role, this.password, this.authorId);
	}

}
