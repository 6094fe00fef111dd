package news.dateline.source;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class SourceServiceTests {

	@Autowired
	SourceService sources;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	@Test
	void anEditorAddsASourceAndItsCreditLine() {
		this.staff.signIn(Role.EDITOR);
		String name = TestData.unique("Reuters");
		SourceView created = this.sources
			.create(new SourceDetails(name, "", SourceKind.WIRE, "https://www.reuters.com", "Reporting by {name}"));
		assertThat(created.attribution()).isEqualTo("Reporting by " + name);
		assertThat(this.sources.bySlug(created.slug()).kind()).isEqualTo(SourceKind.WIRE);
	}

	@Test
	void refusesASlugAnotherSourceHas() {
		String taken = this.data.wire("AP");
		this.staff.signIn(Role.EDITOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.sources
				.create(new SourceDetails("AP again", taken, SourceKind.WIRE, null, "With information from {name}")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("slug.taken"));
	}

	@Test
	void contributorsAndAuthorsCannotChangeSources() {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(
					() -> this.sources.create(new SourceDetails("Sneaky", "", SourceKind.PARTNER, null, "{name}")));
		}
	}

}
