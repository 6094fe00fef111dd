package news.dateline.tag;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.section.SectionView;
import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.SlugPage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class TagServiceTests {

	@Autowired
	TagService tags;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	String korea;

	String northKorea;

	Story onlyOld;

	Story both;

	Story onlyNew;

	@BeforeEach
	void setUp() {
		SectionView world = this.data.section("World");
		String author = this.data.author("Tarun Kumar");
		this.korea = TestData.unique("Korea N");
		this.northKorea = TestData.unique("North Korea");
		this.onlyOld = this.data.story("Old tag only", world, author, Duration.ofHours(3), this.korea);
		this.both = this.data.story("Both tags", world, author, Duration.ofHours(2), this.korea, this.northKorea);
		this.onlyNew = this.data.story("New tag only", world, author, Duration.ofHours(1), this.northKorea);
		this.entityManager.flush();
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private TagView tag(String name) {
		return this.tags.bySlug(news.dateline.system.Slugs.of(name));
	}

	private List<Long> storiesTagged(Long tagId) {
		return this.jdbc.sql("select article_id from article_tag where tag_id = ? order by article_id")
			.param(tagId)
			.query(Long.class)
			.list();
	}

	@Test
	void mergingMovesTheStoriesToTheKeptTagAndDeletesTheOther() {
		TagView merged = tag(this.korea);
		TagView kept = tag(this.northKorea);
		this.staff.signIn(Role.EDITOR);
		assertThat(this.tags.merge(merged.id(), kept.slug())).isEqualTo(kept);
		this.entityManager.flush();
		assertThat(storiesTagged(kept.id())).containsExactlyInAnyOrder(this.onlyOld.id(), this.both.id(),
				this.onlyNew.id());
		assertThat(storiesTagged(merged.id())).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from tag where id = ?").param(merged.id()).query(Long.class).single())
			.isZero();
	}

	@Test
	void refusesToMergeIntoAnUnknownTagOrItself() {
		TagView merged = tag(this.korea);
		this.staff.signIn(Role.EDITOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.tags.merge(merged.id(), "no-such-tag"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("into"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.tags.merge(merged.id(), merged.slug()))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("tag.error.same"));
		assertThat(storiesTagged(merged.id())).hasSize(2);
	}

	@Test
	void renamesATagAndRefusesASlugInUse() {
		TagView korea = tag(this.korea);
		this.staff.signIn(Role.EDITOR);
		long version = this.tags.editing(korea.id()).version();
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(
					() -> this.tags.rename(korea.id(), version, new TagDetails("Korea", tag(this.northKorea).slug())))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("slug.taken"));
		TagView renamed = this.tags.rename(korea.id(), version, new TagDetails("Korean Peninsula", ""));
		assertThat(renamed.slug()).isEqualTo("korean-peninsula");
		this.entityManager.flush();
		assertThatExceptionOfType(ObjectOptimisticLockingFailureException.class)
			.isThrownBy(() -> this.tags.rename(korea.id(), version, new TagDetails("Stale", "")));
	}

	@Test
	void listsTagsWithTheirStoryCountsAPageAtATime() {
		SlugPage<TagSummary> page = this.tags.page(null);
		assertThat(page.items()).anySatisfy((summary) -> {
			assertThat(summary.name()).isEqualTo(this.korea);
			assertThat(summary.stories()).isEqualTo(2);
		});
		assertThat(page.items()).extracting(TagSummary::slug).isSorted();
	}

	@Test
	void contributorsAndAuthorsCannotChangeTagsAndNothingChanges() {
		TagView merged = tag(this.korea);
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.tags.merge(merged.id(), tag(this.northKorea).slug()));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.tags.rename(merged.id(), 0, new TagDetails("X", "")));
		}
		assertThat(storiesTagged(merged.id())).hasSize(2);
	}

}
