package news.dateline.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.ArticleService;
import news.dateline.article.CommentTarget;
import news.dateline.comment.internal.Comment;
import news.dateline.comment.internal.CommentBlockRepository;
import news.dateline.comment.internal.CommentRepository;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.TooManyRequestsException;

/**
 * Takes readers' comments through the moderation rules and reads the thread under a
 * story.
 */
@Service
@Transactional(readOnly = true)
public class CommentService {

	private final CommentRepository comments;

	private final CommentBlockRepository blocks;

	private final ArticleService articles;

	private final ModerationSettingsService settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CommentMetrics metrics;

	private final CommentCounts counts;

	private final CommentParagraphs paragraphs;

	CommentService(CommentRepository comments, CommentBlockRepository blocks, ArticleService articles,
			ModerationSettingsService settings, ApplicationEventPublisher events, Clock clock, CommentMetrics metrics,
			CommentCounts counts, CommentParagraphs paragraphs) {
		this.paragraphs = paragraphs;
		this.metrics = metrics;
		this.counts = counts;
		this.comments = comments;
		this.blocks = blocks;
		this.articles = articles;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The thread under a story: approved comments for everyone, plus the viewer's own
	 * held ones (whose ids the caller has verified), marked as awaiting moderation.
	 */
	public CommentThread thread(Long articleId, Collection<Long> ownHeldIds) {
		List<Comment> found = this.comments.findThread(articleId, ownHeldIds.isEmpty() ? Set.of(-1L) : ownHeldIds);
		Map<Long, List<Comment>> byParent = new HashMap<>();
		long approved = 0;
		for (Comment comment : found) {
			byParent.computeIfAbsent(comment.getParentId(), (key) -> new ArrayList<>()).add(comment);
			if (comment.getStatus() == CommentStatus.APPROVED) {
				approved++;
			}
		}
		return new CommentThread(approved, views(byParent, null));
	}

	private List<CommentView> views(Map<Long, List<Comment>> byParent, Long parentId) {
		List<CommentView> views = new ArrayList<>();
		for (Comment comment : byParent.getOrDefault(parentId, List.of())) {
			views.add(new CommentView(comment.getId(), comment.getParentId(), comment.getDepth(),
					comment.getAuthorName(), comment.getAuthorWebsite(), comment.getCreatedAt(),
					this.paragraphs.of(comment.getId(), comment.getBody()),
					comment.getStatus() == CommentStatus.PENDING, views(byParent, comment.getId()), comment.isStaff()));
		}
		return views;
	}

	/**
	 * What a visible reply tells the commenter it answers, or empty for a comment that is
	 * not a reply or not visible.
	 */
	public java.util.Optional<ReplyNotice> replyNotice(Long commentId) {
		return this.comments.findById(commentId)
			.filter((reply) -> reply.getStatus() == CommentStatus.APPROVED && reply.getParentId() != null)
			.flatMap((reply) -> this.comments.findById(reply.getParentId())
				.map((parent) -> new ReplyNotice(reply.getArticleId(), reply.getId(), parent.getAuthorEmail(),
						reply.getAuthorEmail(), reply.getAuthorName(), excerpt(reply.getBody()))));
	}

	/**
	 * The comments still held for moderation among those submitted in [from, to), oldest
	 * first (at most {@code limit}), for moderators' mail.
	 */
	public List<HeldComment> heldBetween(Instant from, Instant to, int limit) {
		return this.comments.findHeldBetween(from, to, org.springframework.data.domain.Limit.of(limit))
			.stream()
			.map(CommentService::held)
			.toList();
	}

	/** One comment if it is still held for moderation. */
	public java.util.Optional<HeldComment> held(Long id) {
		return this.comments.findById(id)
			.filter((comment) -> comment.getStatus() == CommentStatus.PENDING)
			.map(CommentService::held);
	}

	private static HeldComment held(Comment comment) {
		return new HeldComment(comment.getId(), comment.getArticleId(), comment.getAuthorName(),
				excerpt(comment.getBody()), comment.getCreatedAt());
	}

	private static String excerpt(String body) {
		String plain = body.replaceAll("\\s+", " ").strip();
		return (plain.length() <= 300) ? plain : plain.substring(0, 299).strip() + "…";
	}

	/**
	 * Stores a reader's comment with the status the moderation rules in force give it (a
	 * blocked email or address goes to spam).
	 * @throws CommentsClosedException when the story takes no more comments
	 * @throws CommentRejectedException for a duplicate or a reply to a comment that is
	 * not shown
	 * @throws TooManyRequestsException when the sender commented within the flood gap
	 */
	@Transactional
	public SubmittedComment submit(NewComment submission) {
		ModerationSettings settings = this.settings.current();
		CommentTarget target = this.articles.commentTarget(submission.articleId(), settings.closeAfter());
		if (!target.acceptingComments()) {
			throw new CommentsClosedException(target.id());
		}
		Comment parent = null;
		if (submission.parentId() != null) {
			parent = this.comments.findById(submission.parentId())
				.filter((found) -> found.getArticleId().equals(target.id())
						&& found.getStatus() == CommentStatus.APPROVED)
				.orElseThrow(() -> new CommentRejectedException("comment", "comment.error.parent-gone"));
		}
		Commenter commenter = submission.commenter();
		Instant now = this.clock.instant();
		checkFlood(settings, commenter, now);
		String body = submission.body().strip();
		if (this.comments.existsByArticleIdAndAuthorEmailAndBody(target.id(), commenter.email(), body)) {
			throw new CommentRejectedException("comment", "comment.error.duplicate");
		}
		Comment comment = new Comment(target.id(), parent, settings.maxDepth(), commenter, body, now);
		comment.moderate(new ModerationRules(settings)
			.decide(new ModerationRules.Facts(commenter, body, submission.honeypotFilled(), submission.timeOnPage(),
					this.comments.existsByAuthorEmailAndStatus(commenter.email(), CommentStatus.APPROVED),
					this.blocks.isBlocked(commenter.email(), commenter.ipHash()))));
		this.comments.save(comment);
		if (comment.getStatus() == CommentStatus.APPROVED) {
			this.counts.changed(target.id());
			this.events.publishEvent(new CommentApproved(target.id(), comment.getId()));
			// the story page at once; its cards' counts follow with the recount
			// (CommentCounts)
			this.events.publishEvent(ContentChanged.of(ContentKeys.article(target.id())));
		}
		else if (comment.getStatus() == CommentStatus.PENDING) {
			this.events.publishEvent(new CommentHeld(target.id(), comment.getId()));
		}
		this.metrics.posted(comment.getStatus());
		return new SubmittedComment(comment.getId(), comment.getStatus(), target.slug());
	}

	private void checkFlood(ModerationSettings settings, Commenter commenter, Instant now) {
		if (settings.floodGap().isZero()) {
			return;
		}
		Instant since = now.minus(settings.floodGap());
		if (this.comments.existsByIpHashAndCreatedAtAfter(commenter.ipHash(), since)
				|| this.comments.existsByAuthorEmailAndCreatedAtAfter(commenter.email(), since)) {
			throw new TooManyRequestsException("comment flood", settings.floodGap());
		}
	}

	/**
	 * Stores an approved comment as of a given moment, bypassing the rules (demo
	 * content).
	 */
	@Transactional
	public Long importApproved(Long articleId, Long parentId, Commenter commenter, String body, Instant createdAt) {
		return importComment(new ImportedComment(articleId, parentId, commenter, body, createdAt,
				CommentStatus.APPROVED, null, null));
	}

	/**
	 * Stores a comment brought in from another system with the status it had there,
	 * bypassing the rules; the story's comment count counts it when it is approved.
	 */
	@Transactional
	public Long importComment(ImportedComment imported) {
		Comment parent = (imported.parentId() != null) ? this.comments.findById(imported.parentId()).orElse(null)
				: null;
		Comment comment = new Comment(imported.articleId(), parent, this.settings.current().maxDepth(),
				imported.commenter(), imported.body().strip(), imported.createdAt());
		comment.moderate(new ModerationDecision(imported.status(), imported.heldReason()));
		if (imported.staffUserId() != null) {
			comment.writtenByStaff(imported.staffUserId());
		}
		this.comments.save(comment);
		if (imported.status() == CommentStatus.APPROVED) {
			this.articles.adjustCommentCount(imported.articleId(), 1);
		}
		return comment.getId();
	}

}
