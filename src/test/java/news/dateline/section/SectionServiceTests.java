package news.dateline.section;

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
class SectionServiceTests {

	@Autowired
	SectionService sections;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	@Test
	void anEditorAddsAndReordersSections() {
		this.staff.signIn(Role.EDITOR);
		String name = TestData.unique("Science");
		SectionView created = this.sections.create(new SectionDetails(name, "", "Discoveries", -5));
		assertThat(this.sections.all().get(0)).isEqualTo(created);
		long version = this.sections.editing(created.id()).version();
		this.sections.update(created.id(), version, new SectionDetails(name, created.slug(), "Discoveries", 9999));
		assertThat(this.sections.forEditing()).last()
			.satisfies((section) -> assertThat(section.value().position()).isEqualTo(9999));
	}

	@Test
	void refusesASlugAnotherSectionHas() {
		SectionView world = this.data.section("World");
		this.staff.signIn(Role.EDITOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.sections.create(new SectionDetails("World again", world.slug(), null, 1)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("slug"));
	}

	@Test
	void contributorsAndAuthorsCannotChangeSections() {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.sections.create(new SectionDetails("Sneaky", "", null, 1)));
		}
		assertThat(this.sections.all()).extracting(SectionView::name).doesNotContain("Sneaky");
	}

}
