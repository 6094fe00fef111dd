package news.dateline.comment;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ModerationRulesTests {

	private final ModerationRules rules = new ModerationRules(new ModerationSettings(true, 2,
			List.of("casino bonus", "viagra"), Duration.ofSeconds(15), Duration.ofSeconds(3), 0, 5));

	private final Commenter commenter = new Commenter("Mina Park", "mina@example.com", null, "hash");

	private ModerationDecision decide(String body, boolean honeypot, Duration timeOnPage, boolean approvedBefore) {
		return this.rules
			.decide(new ModerationRules.Facts(this.commenter, body, honeypot, timeOnPage, approvedBefore, false));
	}

	@Test
	void approvesReturningCommenterWithPlainText() {
		assertThat(decide("A fair point about the pact.", false, Duration.ofMinutes(2), true))
			.isEqualTo(ModerationDecision.approve());
	}

	@Test
	void holdsFirstTimeCommenterForApproval() {
		assertThat(decide("My first comment here.", false, Duration.ofMinutes(2), false))
			.isEqualTo(ModerationDecision.hold(HoldReason.FIRST_TIME_COMMENTER));
	}

	@Test
	void holdsCommentWithTwoLinksForModeration() {
		assertThat(decide("See https://example.org/a and www.example.com/b", false, Duration.ofMinutes(2), true))
			.isEqualTo(ModerationDecision.hold(HoldReason.TOO_MANY_LINKS));
	}

	@Test
	void letsOneLinkThroughForReturningCommenter() {
		assertThat(decide("Background: https://example.org/a", false, Duration.ofMinutes(2), true).status())
			.isEqualTo(CommentStatus.APPROVED);
	}

	@Test
	void sendsBannedWordToSpamWhateverItsCase() {
		assertThat(decide("Get your CASINO Bonus today", false, Duration.ofMinutes(2), true))
			.isEqualTo(ModerationDecision.spam(HoldReason.BANNED_WORD));
	}

	@Test
	void matchesBannedWordsOnlyAsWholeWords() {
		assertThat(decide("Viagrafalls is a place name in this story", false, Duration.ofMinutes(2), true).status())
			.isEqualTo(CommentStatus.APPROVED);
	}

	@Test
	void findsBannedWordInTheNameToo() {
		Commenter spammer = new Commenter("Cheap Viagra", "x@example.com", null, "hash");
		assertThat(this.rules
			.decide(new ModerationRules.Facts(spammer, "Hello", false, Duration.ofMinutes(1), true, false))
			.reason()).isEqualTo(HoldReason.BANNED_WORD);
	}

	@Test
	void sendsFilledHoneypotToSpamSilently() {
		assertThat(decide("Nice article", true, Duration.ofMinutes(2), true))
			.isEqualTo(ModerationDecision.spam(HoldReason.HONEYPOT));
	}

	@Test
	void sendsFormSentFasterThanAPersonTypesToSpam() {
		assertThat(decide("Nice article", false, Duration.ofSeconds(1), true))
			.isEqualTo(ModerationDecision.spam(HoldReason.TOO_FAST));
	}

	@Test
	void sendsBlockedCommenterToSpam() {
		assertThat(this.rules
			.decide(new ModerationRules.Facts(this.commenter, "Hello", false, Duration.ofMinutes(1), true, true)))
			.isEqualTo(ModerationDecision.spam(HoldReason.BLOCKED));
	}

	@Test
	void approvesFirstTimeCommenterWhenHoldingIsSwitchedOff() {
		ModerationRules open = new ModerationRules(
				new ModerationSettings(false, 2, List.of(), Duration.ZERO, Duration.ZERO, 0, 5));
		assertThat(open.decide(new ModerationRules.Facts(this.commenter, "Hi", false, null, false, false)).status())
			.isEqualTo(CommentStatus.APPROVED);
	}

	@Test
	void countsLinksInPlainText() {
		assertThat(ModerationRules.countLinks("none here")).isZero();
		assertThat(ModerationRules.countLinks("http://a.example https://b.example www.c.example")).isEqualTo(3);
	}

}
