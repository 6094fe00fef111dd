package news.dateline.comment;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules a new comment passes at submission, strictest first: bot traps and banned
 * words send it to spam, too many links or a first-time commenter hold it for a
 * moderator, and anything else is approved. A pure function of the settings and the facts
 * given.
 */
class ModerationRules {

	private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+");

	private final ModerationSettings settings;

	private final List<Pattern> bannedWords;

	ModerationRules(ModerationSettings settings) {
		this.settings = settings;
		this.bannedWords = settings.bannedWords()
			.stream()
			.map((word) -> Pattern
				.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "(?![\\p{L}\\p{N}])"))
			.toList();
	}

	ModerationDecision decide(Facts facts) {
		if (facts.honeypotFilled()) {
			return ModerationDecision.spam(HoldReason.HONEYPOT);
		}
		if (facts.timeOnPage() != null && facts.timeOnPage().compareTo(this.settings.minimumTimeOnPage()) < 0) {
			return ModerationDecision.spam(HoldReason.TOO_FAST);
		}
		if (facts.blocked()) {
			return ModerationDecision.spam(HoldReason.BLOCKED);
		}
		if (containsBannedWord(facts)) {
			return ModerationDecision.spam(HoldReason.BANNED_WORD);
		}
		if (this.settings.maxLinksBeforeHold() > 0 && countLinks(facts.body()) >= this.settings.maxLinksBeforeHold()) {
			return ModerationDecision.hold(HoldReason.TOO_MANY_LINKS);
		}
		if (this.settings.holdFirstTimeCommenters() && !facts.approvedBefore()) {
			return ModerationDecision.hold(HoldReason.FIRST_TIME_COMMENTER);
		}
		return ModerationDecision.approve();
	}

	static int countLinks(String text) {
		Matcher matcher = LINK.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	private boolean containsBannedWord(Facts facts) {
		String text = String
			.join("\n", facts.body(), facts.commenter().name(), facts.commenter().email(),
					(facts.commenter().website() != null) ? facts.commenter().website() : "")
			.toLowerCase(Locale.ROOT);
		return this.bannedWords.stream().anyMatch((word) -> word.matcher(text).find());
	}

	/**
	 * What is known of a comment when it arrives.
	 *
	 * @param timeOnPage how long the form was open, or null when unknown
	 * @param approvedBefore whether this email already has an approved comment
	 * @param blocked whether the email or address was blocked by a moderator
	 */
	record Facts(Commenter commenter, String body, boolean honeypotFilled, Duration timeOnPage, boolean approvedBefore,
			boolean blocked) {
	}

}
