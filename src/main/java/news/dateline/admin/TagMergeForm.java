package news.dateline.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The slug of the tag another one is merged into.
 */
record TagMergeForm(@NotBlank @Size(max = 80) String into) {
}
