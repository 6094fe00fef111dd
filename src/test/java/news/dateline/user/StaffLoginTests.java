package news.dateline.user;

import java.time.Duration;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;

import news.dateline.audit.AuditEntry;
import news.dateline.audit.AuditLog;
import news.dateline.security.LoginLockedException;
import news.dateline.security.LoginThrottledException;
import news.dateline.security.Role;
import news.dateline.security.StaffAccounts;
import news.dateline.security.StaffPrincipal;
import news.dateline.support.DatabaseTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.TestStaff;
import news.dateline.system.Signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DatabaseTest
class StaffLoginTests {

	@Autowired
	StaffAccounts accounts;

	@Autowired
	UserService users;

	@Autowired
	AuditLog audit;

	@Autowired
	TestStaff staff;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EntityManager entityManager;

	@Autowired
	Signer signer;

	UserView editor;

	/**
	 * Every test signs in from its own address: clients are counted in the database,
	 * across tests.
	 */
	String client;

	@BeforeEach
	void setUp() {
		this.clock.reset();
		this.editor = this.staff.account(Role.EDITOR);
		this.client = TestData.unique("10.0.0");
	}

	@AfterEach
	void signOut() {
		TestStaff.signOut();
	}

	private StaffPrincipal signIn(String password) {
		return this.accounts.signIn(this.editor.email(), password, this.client);
	}

	/**
	 * Fails this many times, as a patient guesser would: waiting out each slow-down
	 * first.
	 */
	private void failTimes(int times) {
		int failed = 0;
		while (failed < times) {
			try {
				signIn("wrong password " + failed);
			}
			catch (LoginThrottledException tooEarly) {
				this.clock.advance(tooEarly.retryAfter());
				continue;
			}
			catch (BadCredentialsException | LoginLockedException expected) {
				// counted
			}
			failed++;
		}
	}

	@Test
	void signsInWithTheRightPasswordWhateverTheCaseOfTheEmail() {
		StaffPrincipal principal = this.accounts.signIn(this.editor.email().toUpperCase(), TestStaff.PASSWORD,
				this.client);
		assertThat(principal.userId()).isEqualTo(this.editor.id());
		assertThat(principal.role()).isEqualTo(Role.EDITOR);
		assertThat(principal.actor().displayName()).isEqualTo("Test Editor");
	}

	@Test
	void refusesAWrongPasswordAndAnUnknownEmailAlike() {
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn("not the password"));
		assertThatExceptionOfType(BadCredentialsException.class)
			.isThrownBy(() -> this.accounts.signIn("nobody@example.com", TestStaff.PASSWORD, this.client));
	}

	@Test
	void locksTheAccountForAMinuteOnTheFifthFailureEvenAgainstTheRightPassword() {
		failTimes(4);
		this.clock.advance(Duration.ofSeconds(10));
		assertThatExceptionOfType(LoginLockedException.class).isThrownBy(() -> signIn("fifth wrong password"))
			.satisfies((ex) -> {
				assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(1));
				assertThat(ex.isClient()).isFalse();
			});
		this.clock.advance(Duration.ofSeconds(59));
		assertThatExceptionOfType(LoginLockedException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD))
			.satisfies((ex) -> assertThat(ex.minutesLeft()).isEqualTo(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(signIn(TestStaff.PASSWORD).userId()).isEqualTo(this.editor.id());
	}

	@Test
	void doublesTheLockOnEachFurtherLockout() {
		failTimes(5);
		this.clock.advance(Duration.ofMinutes(1));
		failTimes(5);
		assertThatExceptionOfType(LoginLockedException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofMinutes(2)));
		this.clock.advance(Duration.ofMinutes(2));
		failTimes(5);
		this.staff.signIn(Role.ADMINISTRATOR);
		assertThat(this.users.get(this.editor.id()).lockedUntil())
			.isEqualTo(this.clock.instant().plus(Duration.ofMinutes(4)));
	}

	@Test
	void countsFailuresInTheDatabaseSoEveryNodeSeesTheLock() {
		failTimes(3);
		this.entityManager.flush();
		assertThat(this.jdbc.sql("select failed_attempts from staff_user where id = ?")
			.param(this.editor.id())
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void locksAClientThatFailsAcrossManyAccounts() {
		for (int i = 0; i < 5; i++) {
			String email = this.staff.account(Role.CONTRIBUTOR).email();
			this.clock.advance(Duration.ofMinutes(1));
			try {
				this.accounts.signIn(email, "guess " + i, this.client);
			}
			catch (BadCredentialsException | LoginLockedException expected) {
				// counted against the client
			}
		}
		assertThatExceptionOfType(LoginLockedException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD))
			.satisfies((ex) -> assertThat(ex.isClient()).isTrue());
		assertThat(this.accounts.signIn(this.editor.email(), TestStaff.PASSWORD, "192.0.2.1").userId())
			.isEqualTo(this.editor.id());
	}

	@Test
	void slowsEachAttemptAfterTheThirdFailureByAGrowingWaitWithoutCountingTooEarlyOnes() {
		failTimes(3);
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(5)));
		this.clock.advance(Duration.ofSeconds(4));
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> signIn("too early, not counted"))
			.satisfies((ex) -> assertThat(ex.secondsLeft()).isEqualTo(1));
		this.clock.advance(Duration.ofSeconds(1));
		assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(() -> signIn("fourth wrong password"));
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(10)));
		this.clock.advance(Duration.ofSeconds(10));
		assertThat(signIn(TestStaff.PASSWORD).userId()).isEqualTo(this.editor.id());
		assertThat(signIn(TestStaff.PASSWORD).userId()).isEqualTo(this.editor.id());
	}

	@Test
	void slowsAClientThatFailsAcrossAccountsButNotOtherClients() {
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(
					() -> this.accounts.signIn(TestData.unique("nobody") + "@example.com", "guess", this.client));
		}
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD))
			.satisfies((ex) -> assertThat(ex.retryAfter()).isEqualTo(Duration.ofSeconds(5)));
		assertThat(this.accounts.signIn(this.editor.email(), TestStaff.PASSWORD, "192.0.2.3").userId())
			.isEqualTo(this.editor.id());
	}

	@Test
	void keepsClientFailuresInTheDatabaseUnderAKeyedHashSoEveryNodeCountsThem() {
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(BadCredentialsException.class).isThrownBy(
					() -> this.accounts.signIn(TestData.unique("nobody") + "@example.com", "guess", this.client));
		}
		String hash = this.signer.hashAddress(this.client);
		assertThat(this.jdbc.sql("select client_hash from login_client_failure").query(String.class).list())
			.contains(hash)
			.noneSatisfy((stored) -> assertThat(stored).contains(this.client));
		// another node reads the same table through its own ClientLockouts
		ClientLockouts otherNode = new ClientLockouts(this.jdbc);
		assertThat(otherNode.of(hash).failedAttempts()).isEqualTo(2);
		otherNode.recordFailure(hash, this.clock.instant());
		assertThatExceptionOfType(LoginThrottledException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD));
		this.clock.advance(Duration.ofSeconds(5));
		assertThat(signIn(TestStaff.PASSWORD).userId()).isEqualTo(this.editor.id());
		assertThat(otherNode.of(hash)).isEqualTo(LoginFailures.NONE);
	}

	@Test
	void anAdministratorUnlocksALockedAccount() {
		failTimes(5);
		this.staff.signIn(Role.ADMINISTRATOR);
		assertThat(this.users.get(this.editor.id()).isLocked()).isTrue();
		this.users.unlock(this.editor.id());
		assertThat(this.users.get(this.editor.id()).isLocked()).isFalse();
		assertThat(this.accounts.signIn(this.editor.email(), TestStaff.PASSWORD, "192.0.2.2").userId())
			.isEqualTo(this.editor.id());
	}

	@Test
	void writesTheLockoutToTheAuditLog() {
		failTimes(5);
		this.staff.signIn(Role.ADMINISTRATOR);
		List<AuditEntry> recent = this.audit.recent(10).orElseThrow();
		assertThat(recent).anySatisfy((entry) -> {
			assertThat(entry.action()).isEqualTo("user.lockout");
			assertThat(entry.subjectId()).isEqualTo(String.valueOf(this.editor.id()));
			assertThat(entry.actorName()).isEqualTo("sign-in");
			assertThat(entry.detail()).contains("1 min");
		});
	}

	@Test
	void refusesADisabledAccountAndEndsItsSession() {
		this.staff.signIn(Role.ADMINISTRATOR);
		this.users.setEnabled(this.editor.id(), false);
		assertThatExceptionOfType(DisabledException.class).isThrownBy(() -> signIn(TestStaff.PASSWORD));
		assertThat(this.accounts.current(this.editor.id())).isEmpty();
	}

	@Test
	void rereadsTheRoleOfASignedInMember() {
		this.staff.signIn(Role.ADMINISTRATOR);
		this.users.changeRole(this.editor.id(), Role.AUTHOR);
		assertThat(this.accounts.current(this.editor.id())).get()
			.extracting(StaffPrincipal::role)
			.isEqualTo(Role.AUTHOR);
	}

}
