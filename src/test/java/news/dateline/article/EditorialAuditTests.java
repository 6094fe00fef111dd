package news.dateline.article;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import news.dateline.audit.AuditEntry;
import news.dateline.audit.AuditLog;
import news.dateline.source.SourceService;
import news.dateline.support.ApplicationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestActor;
import news.dateline.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editorial changes reach the audit log once committed: who published which story, and
 * the release job's own publications as the scheduler's.
 */
@ApplicationTest
class EditorialAuditTests {

	@Autowired
	EditorialService editorial;

	@Autowired
	SourceService sources;

	@Autowired
	TestData data;

	@Autowired
	TestActor actor;

	@Autowired
	MutableClock clock;

	@Autowired
	AuditLog audit;

	@AfterEach
	void clearActor() {
		this.actor.clear();
	}

	@Test
	void publishingIsRecordedWithTheEditorsName() {
		Newsroom newsroom = new Newsroom(this.data, this.sources, this.actor);
		newsroom.editor();
		Long id = this.editorial.create(newsroom.complete("Audited story " + TestData.unique("x")));
		this.editorial.publish(id);
		this.actor.actAs(Newsroom.ADMINISTRATOR, "Ada Admin", news.dateline.security.Role.ADMINISTRATOR);
		List<AuditEntry> recent = this.audit.recent(50).orElseThrow();
		assertThat(recent).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("article.publish");
			assertThat(entry.subjectId()).isEqualTo(id.toString());
			assertThat(entry.actorName()).isNotBlank().isNotEqualTo("scheduler");
		});
	}

	@Test
	void storiesFiledAsPublishedAreRecordedUnderTheirOrigin() {
		Long id = this.data
			.story("Filed as published", this.data.section("Audit desk"), this.data.author("Filed Writer"),
					java.time.Duration.ofHours(1))
			.id();
		this.actor.actAs(Newsroom.ADMINISTRATOR, "Ada Admin", news.dateline.security.Role.ADMINISTRATOR);
		List<AuditEntry> recent = this.audit.recent(50).orElseThrow();
		assertThat(recent).filteredOn((entry) -> id.toString().equals(entry.subjectId()))
			.singleElement()
			.satisfies((entry) -> {
				assertThat(entry.action()).isEqualTo("article.demo");
				assertThat(entry.actorName()).isEqualTo("demo");
			});
	}

}
