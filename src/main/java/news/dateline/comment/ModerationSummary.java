package news.dateline.comment;

import java.util.List;

/**
 * The dashboard's moderation block: the queue's counts and the newest comments awaiting a
 * decision.
 */
public record ModerationSummary(ModerationCounts counts, List<ModerationItem> latestPending) {
}
