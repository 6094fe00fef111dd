package news.dateline.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The "Leave a Reply" form, with WordPress's field names and limits.
 *
 * @param comment the comment text
 * @param author the commenter's name
 * @param email never shown; an empty one gets only the "enter your email" message
 * @param url the commenter's website, optional: the pattern lets an empty field through
 * @param remember consent to keep name, email and website in a cookie (absent: no)
 * @param parentId the comment replied to, or null
 * @param token the signed form token
 * @param homepage the honeypot: hidden from people, filled in by bots
 */
record ReplyForm(@NotBlank @Size(max = 65525) String comment, @NotBlank @Size(max = 245) String author,
		@NotBlank @Size(max = 100) @Email(regexp = "([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?") String email,
		@Size(max = 200) @Pattern(
				regexp = "(?i)(https?://[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,63}(:\\d{1,5})?([/?#]\\S*)?)?") String url,
		Boolean remember, Long parentId, String token, String homepage) {

	boolean rememberMe() {
		return Boolean.TRUE.equals(this.remember);
	}

	static ReplyForm empty(Long parentId) {
		return new ReplyForm("", "", "", "", false, parentId, null, null);
	}

	ReplyForm withCommenter(CommenterCookie.Saved saved) {
		return new ReplyForm(this.comment, saved.name(), saved.email(), saved.website(), true, this.parentId,
				this.token, null);
	}

}
