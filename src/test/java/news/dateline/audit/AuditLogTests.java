package news.dateline.audit;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.security.Actor;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestStaff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class AuditLogTests {

	@Autowired
	AuditLog audit;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	@Test
	void recordsWhoDidWhatToWhichThingAndWhen() {
		this.clock.reset();
		this.staff.signIn(Role.ADMINISTRATOR);
		Actor editor = new Actor(77L, "Mina Park", Role.EDITOR);
		this.audit.record(editor, "article.publish", "article", 42L, "Pact alarms Seoul");
		AuditEntry entry = this.audit.recent(1).orElseThrow().get(0);
		assertThat(entry.actorName()).isEqualTo("Mina Park");
		assertThat(entry.action()).isEqualTo("article.publish");
		assertThat(entry.subjectType()).isEqualTo("article");
		assertThat(entry.subjectId()).isEqualTo("42");
		assertThat(entry.detail()).isEqualTo("Pact alarms Seoul");
		assertThat(entry.occurredAt()).isEqualTo(MutableClock.START);
	}

	@Test
	void pagesNewestFirstWithoutGapsOrRepeats() {
		Actor editor = new Actor(77L, "Mina Park", Role.EDITOR);
		for (int i = 0; i < AuditLog.PAGE_SIZE + 5; i++) {
			this.audit.record(editor, "comment.approve", "comment", i, null);
		}
		this.staff.signIn(Role.ADMINISTRATOR);
		AuditPage first = this.audit.page(null);
		assertThat(first.entries()).hasSize(AuditLog.PAGE_SIZE);
		assertThat(first.entries()).extracting(AuditEntry::id).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		AuditPage second = this.audit.page(first.olderThan());
		assertThat(second.entries().get(0).id()).isEqualTo(first.entries().get(AuditLog.PAGE_SIZE - 1).id() - 1);
	}

	@Test
	void onlyAdministratorsReadTheLog() {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.audit.page(null));
			assertThat(this.audit.recent(5)).isEmpty();
		}
	}

}
