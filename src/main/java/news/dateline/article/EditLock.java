package news.dateline.article;

import java.time.Instant;

/**
 * Who has a story open in the editor, and since when (their editor keeps the lock alive).
 */
public record EditLock(Long userId, String userName, Instant since) {
}
