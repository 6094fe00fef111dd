package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A comment's text as a moderator edits it.
 */
record CommentTextForm(@NotBlank @Size(max = 65525) String body) {
}
