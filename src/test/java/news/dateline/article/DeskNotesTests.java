package news.dateline.article;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestStaff;
import news.dateline.user.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class DeskNotesTests extends NewsroomTests {

	@Autowired
	DeskNotes desk;

	@Autowired
	TestStaff staff;

	@Test
	void editorsLeaveNotesThatTheWriterReadsInOrderAndResolves() {
		this.newsroom.contributor();
		Long id = this.editorial.create(this.newsroom.complete("Pacto «alarma» en 서울"));
		this.newsroom.editor();
		this.desk.addNote(id, "  Check the figures — « 2 000 » or 20 000? 🤔 ");
		this.clock.advance(Duration.ofMillis(1));
		this.desk.addNote(id, "And the second source.");
		this.newsroom.contributor();
		assertThat(this.desk.panel(id).notes()).extracting(DeskNote::text)
			.containsExactly("Check the figures — « 2 000 » or 20 000? 🤔", "And the second source.");
		DeskNote first = this.desk.panel(id).notes().get(0);
		assertThat(first.authorName()).isEqualTo("Edna Editor");
		assertThat(first.createdAt()).isEqualTo(this.clock.instant().minusMillis(1));
		this.desk.resolve(id, first.id());
		assertThat(this.desk.panel(id).notes()).extracting(DeskNote::resolved).containsExactly(true, false);
		assertThat(this.desk.panel(id).notes().get(0).resolvedBy()).isEqualTo("Carla Contributor");
	}

	@Test
	void refusesAnEmptyNoteAndNotesOnSomeoneElsesStory() {
		Long editors = this.editorial.create(this.newsroom.complete("De la editora"));
		assertThatExceptionOfType(ArticleRejectedException.class).isThrownBy(() -> this.desk.addNote(editors, "  "));
		this.newsroom.contributor();
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.desk.addNote(editors, "Not mine"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.desk.panel(editors));
	}

	@Test
	void editorsAssignAStoryAndItIsListedForTheAssignee() {
		this.newsroom.administrator();
		UserView writer = this.staff.account(Role.AUTHOR);
		this.newsroom.editor();
		Long id = this.editorial.create(this.newsroom.complete("Encargo «urgente»"));
		assertThat(this.desk.mayAssign()).isTrue();
		this.desk.assign(id, writer.id());
		assertThat(this.desk.panel(id).assignment())
			.satisfies((assignment) -> assertThat(assignment.assigneeName()).isEqualTo(writer.displayName()))
			.satisfies((assignment) -> assertThat(assignment.assignedBy()).isEqualTo("Edna Editor"));
		this.actor.actAs(writer.id(), writer.displayName(), Role.AUTHOR);
		assertThat(this.desk.mayAssign()).isFalse();
		assertThat(this.desk.assignedToMe()).extracting(Assignment::headline).containsExactly("Encargo «urgente»");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.desk.assign(id, null));
		this.newsroom.editor();
		this.desk.assign(id, null);
		assertThat(this.desk.panel(id).assignment()).isNull();
		assertThatExceptionOfType(ArticleRejectedException.class).isThrownBy(() -> this.desk.assign(id, -1L));
	}

}
