package news.dateline.article.internal;

import java.time.Instant;

/**
 * A revision readers saw, without its text: its number, when it was first shown, whether
 * it was only a minor fix, and whether its text (headline, deck, dateline, body) is the
 * same as the shown revision before it (a save that changed only tags, images or
 * settings).
 */
public record ShownRevision(int number, Instant shownAt, boolean minorFix, boolean sameText) {
}
