package news.dateline.user;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import news.dateline.security.Role;
import news.dateline.security.StaffAccounts;
import news.dateline.support.DatabaseTest;
import news.dateline.support.TestStaff;
import news.dateline.system.FieldRejectedException;
import news.dateline.system.NotFoundException;
import news.dateline.system.SiteSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class FirstRunSetupTests {

	static final AdminProperties NONE = new AdminProperties(null, null, null);

	@Autowired
	FirstRunSetup setup;

	@Autowired
	StaffAccounts accounts;

	@Autowired
	SiteSettings settings;

	@Autowired
	TestStaff staff;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void startWithoutAccounts() {
		// rolled back at the end of each test
		this.jdbc.sql("delete from staff_user").update();
		this.settings.remove(FirstRunSetup.TOKEN);
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	@Test
	void createsTheFirstAdministratorFromTheEnvironmentWhileNoAccountExists() {
		FirstRunSetup.Outcome outcome = this.setup
			.prepare(new AdminProperties("Chief@Example.com", "a long first password", "Chief"));
		assertThat(outcome).isEqualTo(new FirstRunSetup.Outcome.CreatedFromEnvironment("chief@example.com"));
		assertThat(this.accounts.signIn("chief@example.com", "a long first password", "203.0.113.1").role())
			.isEqualTo(Role.ADMINISTRATOR);
		assertThat(this.setup.prepare(new AdminProperties("other@example.com", "another long password", null)))
			.isInstanceOf(FirstRunSetup.Outcome.AlreadySetUp.class);
		assertThat(this.jdbc.sql("select count(*) from staff_user").query(Long.class).single()).isOne();
	}

	@Test
	void opensAOneTimeSetupLinkWithoutTheEnvironmentAndUsesItUp() {
		FirstRunSetup.Outcome outcome = this.setup.prepare(NONE);
		assertThat(outcome).isInstanceOf(FirstRunSetup.Outcome.SetupLink.class);
		String url = ((FirstRunSetup.Outcome.SetupLink) outcome).url();
		assertThat(url).startsWith("http://localhost:8080/admin/setup/");
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThat(token).hasSizeGreaterThanOrEqualTo(32);
		assertThat(this.settings.get(FirstRunSetup.TOKEN)).contains(token);
		assertThat(this.setup.prepare(NONE)).isEqualTo(outcome);

		assertThat(this.setup.isOpen(token)).isTrue();
		assertThat(this.setup.isOpen(token + "x")).isFalse();
		UserView created = this.setup.complete(token, "first@example.com", "First Admin", "a long first password");
		assertThat(created.role()).isEqualTo(Role.ADMINISTRATOR);
		assertThat(this.setup.isOpen(token)).isFalse();
		assertThat(this.settings.get(FirstRunSetup.TOKEN)).isEmpty();
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.setup.complete(token, "second@example.com", "Second", "a long second password"));
	}

	@Test
	void keepsTheLinkWhenTheFormIsRefused() {
		String url = ((FirstRunSetup.Outcome.SetupLink) this.setup.prepare(NONE)).url();
		String token = url.substring(url.lastIndexOf('/') + 1);
		assertThatExceptionOfType(FieldRejectedException.class)
			.isThrownBy(() -> this.setup.complete(token, "first@example.com", "First", "short"));
	}

	@Test
	void refusesAWrongLink() {
		this.setup.prepare(NONE);
		assertThatExceptionOfType(NotFoundException.class)
			.isThrownBy(() -> this.setup.complete("guessed", "first@example.com", "First", "a long first password"));
		assertThat(this.jdbc.sql("select count(*) from staff_user").query(Long.class).single()).isZero();
	}

	@Test
	void fallsBackToTheLinkWhenTheEnvironmentPasswordIsTooShort() {
		FirstRunSetup.Outcome outcome = this.setup.prepare(new AdminProperties("chief@example.com", "short", null));
		assertThat(outcome).isInstanceOfSatisfying(FirstRunSetup.Outcome.SetupLink.class,
				(link) -> assertThat(link.refusedEnvironment()).isEqualTo("password.too-short"));
		assertThat(this.jdbc.sql("select count(*) from staff_user").query(Long.class).single()).isZero();
	}

	@Test
	void closesTheLinkOnceAnAccountExists() {
		String url = ((FirstRunSetup.Outcome.SetupLink) this.setup.prepare(NONE)).url();
		this.staff.account(Role.EDITOR);
		assertThat(this.setup.isOpen(url.substring(url.lastIndexOf('/') + 1))).isFalse();
		assertThat(this.setup.prepare(NONE)).isInstanceOf(FirstRunSetup.Outcome.AlreadySetUp.class);
	}

}
