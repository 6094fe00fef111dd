package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import news.dateline.user.UserView;

/**
 * A staff account's display name and linked byline, as an Administrator changes them.
 */
record ProfileForm(@NotBlank @Size(max = 120) String displayName, Long authorId) {

	static ProfileForm of(UserView user) {
		return new ProfileForm(user.displayName(), user.authorId());
	}

}
