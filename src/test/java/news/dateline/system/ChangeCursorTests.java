package news.dateline.system;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCursorTests {

	private static final Instant NOW = Instant.parse("2026-06-20T09:00:00Z");

	private static ChangeLog.Change change(long id) {
		return new ChangeLog.Change(id, List.of(ContentKeys.article(id * 10)), NOW);
	}

	private static List<Long> ids(List<ChangeLog.Change> changes) {
		return changes.stream().map(ChangeLog.Change::id).toList();
	}

	@Test
	void handsOutEachRowOnceInOrder() {
		ChangeCursor cursor = new ChangeCursor(5);
		assertThat(ids(cursor.accept(List.of(change(4), change(6), change(7)), NOW))).containsExactly(6L, 7L);
		assertThat(ids(cursor.accept(List.of(change(6), change(7)), NOW))).isEmpty();
		assertThat(cursor.highest()).isEqualTo(7);
		assertThat(cursor.awaited()).isEmpty();
	}

	@Test
	void remembersSkippedIdsUntilTheirTransactionsCommit() {
		ChangeCursor cursor = new ChangeCursor(0);
		assertThat(ids(cursor.accept(List.of(change(1), change(4)), NOW))).containsExactly(1L, 4L);
		assertThat(cursor.awaited()).containsExactly(2L, 3L);
		assertThat(ids(cursor.accept(List.of(change(3)), NOW.plusSeconds(1)))).containsExactly(3L);
		assertThat(cursor.awaited()).containsExactly(2L);
	}

	@Test
	void givesUpOnAGapAfterItsLifetime() {
		ChangeCursor cursor = new ChangeCursor(0);
		cursor.accept(List.of(change(2)), NOW);
		assertThat(cursor.awaited()).containsExactly(1L);
		cursor.accept(List.of(), NOW.plus(ChangeCursor.GAP_LIFETIME).plus(Duration.ofSeconds(1)));
		assertThat(cursor.awaited()).isEmpty();
		assertThat(ids(cursor.accept(List.of(change(1)), NOW.plusSeconds(60)))).isEmpty();
	}

	@Test
	void keepsAtMostABoundedNumberOfGaps() {
		ChangeCursor cursor = new ChangeCursor(0);
		cursor.accept(List.of(change(ChangeCursor.MAX_GAPS * 3L)), NOW);
		assertThat(cursor.awaited()).hasSize(ChangeCursor.MAX_GAPS);
	}

}
