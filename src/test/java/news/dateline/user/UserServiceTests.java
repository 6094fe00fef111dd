package news.dateline.user;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import news.dateline.audit.AuditLog;
import news.dateline.security.Role;
import news.dateline.security.StaffAccounts;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class UserServiceTests {

	@Autowired
	UserService users;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	AuditLog audit;

	@Autowired
	TestStaff staff;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	UserView member;

	@BeforeEach
	void setUp() {
		this.member = this.staff.account(Role.CONTRIBUTOR);
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private NewStaffUser newAccount(String email, String password) {
		return new NewStaffUser(email, "New Reporter", Role.AUTHOR, password, null);
	}

	@Test
	void anAdministratorCreatesAnAccountWithAHashedPassword() {
		this.staff.signIn(Role.ADMINISTRATOR);
		String email = TestData.unique("reporter") + "@example.com";
		UserView created = this.users.create(newAccount(email.toUpperCase(), "twelve chars ok"));
		assertThat(created.email()).isEqualTo(email);
		assertThat(created.role()).isEqualTo(Role.AUTHOR);
		String hash = this.jdbc.sql("select password_hash from staff_user where id = ?")
			.param(created.id())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain("twelve chars ok");
		assertThat(this.accounts.signIn(email, "twelve chars ok", "198.51.100.1").userId()).isEqualTo(created.id());
	}

	@Test
	void colleaguesAreTheEnabledAccountsOnly() {
		UserView disabled = this.staff.account(Role.AUTHOR);
		this.jdbc.sql("update staff_user set enabled = false where id = ?").param(disabled.id()).update();
		this.staff.signIn(Role.EDITOR);
		List<Long> ids = this.users.colleagues().stream().map(UserView::id).toList();
		assertThat(ids).contains(this.member.id()).doesNotContain(disabled.id());
		assertThat(this.users.colleagues()).allMatch(UserView::enabled);
	}

	@Test
	void refusesAPasswordShorterThanTwelveCharactersBesideItsField() {
		this.staff.signIn(Role.ADMINISTRATOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.users.create(newAccount(TestData.unique("short") + "@example.com", "elevenchars")))
			.satisfies((ex) -> {
				assertThat(ex.field()).isEqualTo("password");
				assertThat(ex.messageKey()).isEqualTo("password.too-short");
			});
	}

	@Test
	void refusesAPasswordLongerThanBcryptTakes() {
		this.staff.signIn(Role.ADMINISTRATOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.users.create(newAccount(TestData.unique("long") + "@example.com", "é".repeat(40))))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("password.too-long"));
	}

	@Test
	void refusesAnEmailThatAnotherAccountHasInAnyCase() {
		this.staff.signIn(Role.ADMINISTRATOR);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.users.create(newAccount(this.member.email().toUpperCase(), "long enough password")))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("email"));
	}

	@Test
	void contributorsAndEditorsCannotManageAccountsAndNothingChanges() {
		for (Role role : List.of(Role.CONTRIBUTOR, Role.AUTHOR, Role.EDITOR)) {
			this.staff.signIn(role);
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.users.changeRole(this.member.id(), Role.ADMINISTRATOR));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.users.setEnabled(this.member.id(), false));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.users.create(newAccount("x@example.com", "long enough password")));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.users.unlock(this.member.id()));
			assertThatExceptionOfType(AccessDeniedException.class)
				.isThrownBy(() -> this.users.resetPassword(this.member.id(), "long enough password"));
			assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.users.list());
		}
		assertThat(this.jdbc.sql("select role || ' ' || enabled from staff_user where id = ?")
			.param(this.member.id())
			.query(String.class)
			.single()).isEqualToIgnoringCase("CONTRIBUTOR true");
		assertThat(this.accounts.current(this.member.id())).get()
			.satisfies((principal) -> assertThat(principal.role()).isEqualTo(Role.CONTRIBUTOR));
	}

	@Test
	void anonymousCallersAreRefused() {
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.users.changeOwnPassword(TestStaff.PASSWORD, "a brand new password"));
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.users.get(this.member.id()));
	}

	@Test
	void keepsOneEnabledAdministrator() {
		this.jdbc.sql("update staff_user set role = 'EDITOR' where role = 'ADMINISTRATOR'").update();
		UserView onlyAdministrator = this.staff.account(Role.ADMINISTRATOR);
		this.staff.signIn(onlyAdministrator);
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.users.changeRole(onlyAdministrator.id(), Role.EDITOR))
			.satisfies((ex) -> assertThat(ex.messageKey()).isEqualTo("user.error.last-administrator"));
		assertThatExceptionOfType(RuleViolationException.class)
			.isThrownBy(() -> this.users.setEnabled(onlyAdministrator.id(), false));
		UserView second = this.staff.account(Role.ADMINISTRATOR);
		this.users.changeRole(onlyAdministrator.id(), Role.EDITOR);
		assertThat(this.users.get(onlyAdministrator.id()).role()).isEqualTo(Role.EDITOR);
		assertThat(this.users.get(second.id()).role()).isEqualTo(Role.ADMINISTRATOR);
	}

	@Test
	void writesRoleChangesAndAccountChangesToTheAuditLog() {
		this.staff.signIn(Role.ADMINISTRATOR);
		this.users.changeRole(this.member.id(), Role.EDITOR);
		this.users.setEnabled(this.member.id(), false);
		assertThat(this.audit.recent(5).orElseThrow()).extracting((entry) -> entry.action() + " " + entry.detail())
			.startsWith("user.disable " + this.member.email(),
					"user.role " + this.member.email() + ": CONTRIBUTOR to EDITOR");
		assertThat(this.audit.recent(5).orElseThrow().get(0).actorName()).isEqualTo("Test Administrator");
	}

	@Test
	void membersChangeTheirOwnPasswordKnowingTheCurrentOne() {
		this.staff.signIn(this.member);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.users.changeOwnPassword("not my password", "a brand new password"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("currentPassword"));
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.users.changeOwnPassword(TestStaff.PASSWORD, "too short"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("newPassword"));
		this.users.changeOwnPassword(TestStaff.PASSWORD, "a brand new password");
		assertThat(this.accounts.signIn(this.member.email(), "a brand new password", "198.51.100.2").userId())
			.isEqualTo(this.member.id());
	}

	@Test
	void linksAnAccountToAByline() {
		String slug = this.data.author("Mina Park", "politics");
		this.staff.signIn(Role.ADMINISTRATOR);
		Long authorId = this.jdbc.sql("select id from author where slug = ?").param(slug).query(Long.class).single();
		this.users.updateProfile(this.member.id(), "Mina P.", authorId);
		UserView updated = this.users.get(this.member.id());
		assertThat(updated.displayName()).isEqualTo("Mina P.");
		assertThat(updated.authorName()).isEqualTo("Mina Park");
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.users.updateProfile(this.member.id(), "Mina", -5L))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("authorId"));
	}

}
