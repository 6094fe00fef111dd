package news.dateline.transfer;

import static news.dateline.transfer.WxrText.firstPresent;
import static news.dateline.transfer.WxrText.fit;
import static news.dateline.transfer.WxrText.nonNull;
import static news.dateline.transfer.WxrText.plainName;
import static news.dateline.transfer.WxrText.plainText;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import news.dateline.comment.CommentService;
import news.dateline.comment.CommentStatus;
import news.dateline.comment.Commenter;
import news.dateline.comment.HoldReason;
import news.dateline.comment.ImportedComment;
import news.dateline.system.Signer;
import news.dateline.system.SiteProperties;
import news.dateline.transfer.ImportIssue.Entry;
import news.dateline.transfer.ImportIssue.Outcome;
import news.dateline.transfer.ImportIssue.Reason;
import news.dateline.transfer.ImportRecords.Kind;
import news.dateline.user.UserService;

/**
 * The importer's step for a post's comments: threads kept (replies may come before the
 * comments they answer), statuses mapped, pingbacks left out, and a registered user's
 * comment linked to the staff member with the same email.
 */
@Component
class CommentImport {

	private final CommentService comments;

	private final ImportRecords records;

	private final UserService users;

	private final Signer signer;

	private final ZoneId fallbackZone;

	private final Clock clock;

	CommentImport(CommentService comments, ImportRecords records, UserService users, Signer signer,
			ImportSettings settings, SiteProperties site, Clock clock) {
		this.comments = comments;
		this.records = records;
		this.users = users;
		this.signer = signer;
		this.fallbackZone = settings.timeZoneOr(site.timeZone());
		this.clock = clock;
	}

	/**
	 * What storing a post's comments gave: counts, and issues to report once the
	 * transaction commits.
	 */
	static final class Outcomes {

		int imported;

		int alreadyThere;

		final List<ImportIssue> issues = new ArrayList<>();

		void skipped(int line, String id, Reason reason, String detail) {
			this.issues.add(new ImportIssue(Outcome.SKIPPED, line, Entry.COMMENT, id, null, reason, detail));
		}

	}

	/** Stores the post's new comments, inside the caller's transaction. */
	void store(ImportRun run, int line, Long articleId, List<XmlElement> itemComments, Outcomes outcomes) {
		Map<String, Long> stored = new HashMap<>();
		Set<String> skipped = new HashSet<>();
		List<XmlElement> waiting = new ArrayList<>();
		for (XmlElement comment : itemComments) {
			String id = comment.text(Wxr.WP, "comment_id");
			try {
				Optional<Long> existing = triage(run, id, comment);
				if (existing.isPresent()) {
					stored.put(id, existing.get());
					outcomes.alreadyThere++;
				}
				else {
					waiting.add(comment);
				}
			}
			catch (Skip skip) {
				if (id != null) {
					skipped.add(id);
				}
				outcomes.skipped(line, id, skip.reason(), skip.detail());
			}
		}
		storeThreads(run, line, articleId, waiting, stored, skipped, outcomes);
	}

	/**
	 * The comment's local id when it was imported before; else it is to be stored, or a
	 * Skip says why not.
	 */
	private Optional<Long> triage(ImportRun run, String id, XmlElement comment) throws Skip {
		if (id == null) {
			throw new Skip(Reason.NO_ID, null);
		}
		if (!run.seenComments.add(id)) {
			throw new Skip(Reason.DUPLICATE_ID, null);
		}
		Optional<Long> existing = this.records.find(run.source(), Kind.COMMENT, id);
		if (existing.isPresent()) {
			return existing;
		}
		String type = nonNull(comment.text(Wxr.WP, "comment_type"));
		if (type.equals("pingback") || type.equals("trackback")) {
			throw new Skip(Reason.PINGBACK, type);
		}
		return Optional.empty();
	}

	/**
	 * Stores what can be stored until nothing moves; what is left replies to what is
	 * missing.
	 */
	private void storeThreads(ImportRun run, int line, Long articleId, List<XmlElement> waiting,
			Map<String, Long> stored, Set<String> skipped, Outcomes outcomes) {
		boolean moved = true;
		while (moved && !waiting.isEmpty()) {
			moved = false;
			for (XmlElement comment : List.copyOf(waiting)) {
				String id = comment.text(Wxr.WP, "comment_id");
				String parent = comment.text(Wxr.WP, "comment_parent");
				boolean topLevel = parent == null || parent.equals("0");
				Long parentId = topLevel ? null : stored.get(parent);
				if (!topLevel && parentId == null) {
					parentId = this.records.find(run.source(), Kind.COMMENT, parent).orElse(null);
				}
				if (!topLevel && parentId == null && !skipped.contains(parent)) {
					continue;
				}
				waiting.remove(comment);
				moved = true;
				try {
					if (!topLevel && parentId == null) {
						throw new Skip(Reason.PARENT_SKIPPED, parent);
					}
					Long localId = this.comments.importComment(comment(articleId, parentId, comment, line, outcomes));
					this.records.remember(run.source(), Kind.COMMENT, id, localId, this.clock.instant());
					stored.put(id, localId);
					outcomes.imported++;
				}
				catch (Skip skip) {
					skipped.add(id);
					outcomes.skipped(line, id, skip.reason(), skip.detail());
				}
			}
		}
		Set<String> waitingIds = new HashSet<>();
		waiting.forEach((comment) -> waitingIds.add(comment.text(Wxr.WP, "comment_id")));
		for (XmlElement comment : waiting) {
			String parent = comment.text(Wxr.WP, "comment_parent");
			outcomes.skipped(line, comment.text(Wxr.WP, "comment_id"),
					waitingIds.contains(parent) ? Reason.PARENT_SKIPPED : Reason.PARENT_MISSING, parent);
		}
	}

	private ImportedComment comment(Long articleId, Long parentId, XmlElement comment, int line, Outcomes outcomes)
			throws Skip {
		String id = comment.text(Wxr.WP, "comment_id");
		boolean dateline = comment.child(Wxr.DATELINE, "created").isPresent();
		String content = comment.child(Wxr.WP, "comment_content").map(XmlElement::text).orElse("");
		String body = dateline ? content.strip() : plainText(content);
		if (body == null || body.isBlank()) {
			throw new Skip(Reason.EMPTY_COMMENT, null);
		}
		if (body.length() > 65_525) {
			body = body.substring(0, 65_525);
			outcomes.issues
				.add(new ImportIssue(Outcome.REPAIRED, line, Entry.COMMENT, id, null, Reason.TRUNCATED, "comment"));
		}
		Instant createdAt = dateline ? WxrText.isoInstant(comment.text(Wxr.DATELINE, "created"))
				: WxrText.wordPressDate(comment.text(Wxr.WP, "comment_date_gmt"), comment.text(Wxr.WP, "comment_date"),
						this.fallbackZone);
		String website = comment.text(Wxr.WP, "comment_author_url");
		if (website != null && website.length() > 200) {
			outcomes.issues
				.add(new ImportIssue(Outcome.REPAIRED, line, Entry.COMMENT, id, null, Reason.TRUNCATED, "website"));
			website = null;
		}
		String ipHash = comment.text(Wxr.DATELINE, "ip-hash");
		if (ipHash == null) {
			ipHash = this.signer.hashAddress(firstPresent(comment.text(Wxr.WP, "comment_author_IP"), "unknown"));
		}
		String name = comment.text(Wxr.WP, "comment_author");
		name = firstPresent(dateline ? name : plainName(name), "Anonymous");
		String email = fit(nonNull(comment.text(Wxr.WP, "comment_author_email")), 100);
		Commenter commenter = new Commenter(fit(name, 245), email, website, fit(ipHash, 64));
		return new ImportedComment(articleId, parentId, commenter, body, createdAt, status(comment),
				heldReason(comment), staffUser(comment, email));
	}

	private static CommentStatus status(XmlElement comment) throws Skip {
		String approved = nonNull(comment.text(Wxr.WP, "comment_approved"));
		return switch (approved) {
			case "1", "approve", "approved" -> CommentStatus.APPROVED;
			case "0", "hold" -> CommentStatus.PENDING;
			case "spam" -> CommentStatus.SPAM;
			case "trash", "post-trashed" -> CommentStatus.TRASH;
			default -> throw new Skip(Reason.UNKNOWN_STATUS, approved);
		};
	}

	private static HoldReason heldReason(XmlElement comment) {
		String held = comment.text(Wxr.DATELINE, "held-reason");
		if (held == null) {
			return null;
		}
		try {
			return HoldReason.valueOf(held);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * The staff member a registered WordPress user's comment belongs to, matched by
	 * email.
	 */
	private Long staffUser(XmlElement comment, String email) {
		String userId = comment.text(Wxr.WP, "comment_user_id");
		if (userId == null || userId.equals("0")) {
			return null;
		}
		return this.users.idByEmail(email).orElse(null);
	}

}
