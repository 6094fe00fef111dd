package news.dateline.admin;

import jakarta.validation.constraints.Size;

/**
 * A section's or tag's name, slug and (sections) description in a language other than the
 * default one; an empty name removes them. The slug is made from the name when empty.
 */
record NamesForm(@Size(max = 120) String name, @Size(max = 80) String slug, @Size(max = 1000) String description) {

}
