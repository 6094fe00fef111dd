package news.dateline.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import news.dateline.live.LiveChanged;
import news.dateline.live.LiveNotified;
import news.dateline.system.ChangeLog;
import news.dateline.system.ChangesObserved;
import news.dateline.system.ContentKeys;

import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * How a node's streams learn of writes: at once after a local write, at once from
 * PostgreSQL's notification, and from the change log (H2) for stories with a stream open
 * here only.
 */
class LiveRelayTests {

	private final LiveStreams streams = mock(LiveStreams.class);

	private final LiveRelay relay = new LiveRelay(this.streams);

	@Test
	void localWriteAndNotificationCatchUpAtOnce() {
		this.relay.written(new LiveChanged(null, "live.entry.file", 42L, 7L, 3));
		this.relay.notified(new LiveNotified(43L));
		verify(this.streams).catchUp(42L);
		verify(this.streams).catchUp(43L);
	}

	@Test
	void changeLogFromAnotherNodeCatchesUpWatchedStoriesOnly() {
		given(this.streams.watched()).willReturn(Set.of(42L));
		this.relay.observed(new ChangesObserved(List.of(new ChangeLog.Change(9L,
				List.of(ContentKeys.article(42L), ContentKeys.card(42L), ContentKeys.article(50L)),
				Instant.parse("2026-06-20T09:00:00.123456Z")))));
		verify(this.streams).catchUp(42L);
		verify(this.streams, never()).catchUp(50L);
	}

}
