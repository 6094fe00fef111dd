package news.dateline.comment;

import java.time.Instant;

/**
 * A block as the moderation queue lists it.
 */
public record BlockView(Long id, BlockKind kind, String value, Instant createdAt, String createdBy) {
}
