package news.dateline.author;

import jakarta.persistence.Embeddable;

/**
 * A link shown in an author's box, such as a profile elsewhere.
 */
@Embeddable
public record AuthorLink(String label, String url) {
}
