package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A moderator's reply as staff to a comment.
 */
record StaffReplyForm(@NotBlank @Size(max = 65525) String reply) {
}
