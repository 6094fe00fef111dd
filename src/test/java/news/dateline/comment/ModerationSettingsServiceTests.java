package news.dateline.comment;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.security.Role;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestData.Story;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class ModerationSettingsServiceTests {

	@Autowired
	ModerationSettingsService settings;

	@Autowired
	ModerationSettings defaults;

	@Autowired
	CommentService comments;

	@Autowired
	TestData data;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	Story story;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.story = this.data.story("Pact alarms Seoul", this.data.section("World"), this.data.author("Tarun Kumar"),
				Duration.ofHours(1));
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private ModerationSettings with(List<String> bannedWords, boolean holdFirstTime) {
		return new ModerationSettings(holdFirstTime, 2, bannedWords, Duration.ofSeconds(15), Duration.ofSeconds(3), 0,
				5);
	}

	private CommentStatus submit(String body) {
		this.clock.advance(Duration.ofMinutes(1));
		return this.comments
			.submit(new NewComment(this.story.id(), null,
					new Commenter("Reader", TestData.unique("r") + "@example.com", null, TestData.unique("ip")), body,
					false, Duration.ofSeconds(30)))
			.status();
	}

	@Test
	void usesTheApplicationDefaultsUntilAnAdministratorChangesThem() {
		assertThat(this.settings.current()).isEqualTo(this.defaults);
		assertThat(this.settings.isChanged()).isFalse();
	}

	@Test
	void savedSettingsApplyToTheNextComment() {
		assertThat(submit("Buy cheap widgets")).isEqualTo(CommentStatus.PENDING);
		this.staff.signIn(Role.ADMINISTRATOR);
		this.settings.update(with(List.of("cheap widgets", "  "), false));
		TestStaff.signOut();
		assertThat(this.settings.current().bannedWords()).containsExactly("cheap widgets");
		assertThat(submit("Buy cheap widgets")).isEqualTo(CommentStatus.SPAM);
		assertThat(submit("A fair point")).isEqualTo(CommentStatus.APPROVED);
	}

	@Test
	void goesBackToTheDefaults() {
		this.staff.signIn(Role.ADMINISTRATOR);
		this.settings.update(with(List.of("widgets"), false));
		assertThat(this.settings.isChanged()).isTrue();
		this.settings.reset();
		assertThat(this.settings.current()).isEqualTo(this.defaults);
	}

	@Test
	void refusesABannedListTooLongToStore() {
		this.staff.signIn(Role.ADMINISTRATOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.settings.update(with(List.of("w".repeat(4000)), true)))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("bannedWords"));
	}

	@Test
	void onlyAdministratorsChangeTheSettings() {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.EDITOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.settings.update(with(List.of("x"), false)));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.settings.reset());
		}
		assertThat(this.settings.isChanged()).isFalse();
	}

}
