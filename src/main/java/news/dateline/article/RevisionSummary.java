package news.dateline.article;

import java.time.Instant;

/**
 * A revision in a story's history list: number, headline at the time, who saved it and
 * when (a null name means it was imported, not saved in the editor).
 */
public record RevisionSummary(int number, String headline, String savedByName, Instant savedAt) {
}
