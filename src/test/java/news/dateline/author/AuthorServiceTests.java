package news.dateline.author;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.Versioned;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class AuthorServiceTests {

	@Autowired
	AuthorService authors;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	EntityManager entityManager;

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private AuthorDetails details(String name, String slug) {
		return new AuthorDetails(name, slug, "Covers the peninsula.", "https://example.org/photo.jpg",
				List.of("North Korea", "diplomacy"), List.of(new AuthorLink("Mastodon", "https://example.social/@x")));
	}

	@Test
	void anEditorAddsABylineWithASlugMadeFromTheName() {
		this.staff.signIn(Role.EDITOR);
		String name = TestData.unique("Jae Kim");
		AuthorView created = this.authors.create(details(name, " "));
		assertThat(created.slug()).isEqualTo(news.dateline.system.Slugs.of(name));
		assertThat(this.authors.bySlug(created.slug()).beats()).containsExactly("North Korea", "diplomacy");
		assertThat(this.authors.bySlug(created.slug()).links()).extracting(AuthorLink::label)
			.containsExactly("Mastodon");
	}

	@Test
	void refusesASlugAnotherBylineHasOrABadOne() {
		String taken = this.data.author("Mina Park");
		this.staff.signIn(Role.EDITOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.authors.create(details("Another Mina", taken)))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("slug");
				assertThat(ex.messageKey()).isEqualTo("slug.taken");
			});
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.authors.create(details("Mina", "Not A Slug!")))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("slug.invalid"));
	}

	@Test
	void refusesASaveMadeFromAnOlderVersion() {
		this.staff.signIn(Role.EDITOR);
		AuthorView created = this.authors.create(details(TestData.unique("Jae Kim"), ""));
		this.entityManager.flush();
		Versioned<AuthorDetails> read = this.authors.editing(created.id());
		this.authors.update(created.id(), read.version(), details("Jae Kim", created.slug()));
		this.entityManager.flush();
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.authors.update(created.id(), read.version(), details("Overwrite", created.slug())));
		assertThat(this.authors.bySlug(created.slug()).name()).isEqualTo("Jae Kim");
	}

	@Test
	void contributorsAndAuthorsCannotChangeBylines() {
		String slug = this.data.author("Mina Park");
		Long id = this.authors.bySlug(slug).id();
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.authors.create(details("Someone", "")));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.authors.update(id, 0, details("Renamed", slug)));
		}
		assertThat(this.authors.bySlug(slug).name()).isEqualTo("Mina Park");
	}

}
