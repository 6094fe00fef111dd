package news.dateline.comment;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.ArticleHeadline;
import news.dateline.article.ArticleService;
import news.dateline.audit.AuditLog;
import news.dateline.comment.internal.Comment;
import news.dateline.comment.internal.CommentBlock;
import news.dateline.comment.internal.CommentBlockRepository;
import news.dateline.comment.internal.CommentRepository;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.security.Role;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.NotFoundException;
import news.dateline.system.RuleViolationException;

/**
 * The moderators' side of the comments (Editors and Administrators): the queue by status,
 * decisions one by one or in bulk, edits, staff replies and blocks. Every move into or
 * out of {@link CommentStatus#APPROVED} keeps the story's comment count right, a comment
 * that becomes visible publishes {@link CommentApproved}, and every decision goes to the
 * audit log.
 */
@Service
@Transactional(readOnly = true)
public class CommentModeration {

	/** Comments per page of a queue tab. */
	public static final int PAGE_SIZE = 25;

	/** The most comments one bulk action takes. */
	public static final int MAX_SELECTION = 100;

	static final int DASHBOARD_ITEMS = 5;

	private final CommentRepository comments;

	private final CommentBlockRepository blocks;

	private final ArticleService articles;

	private final ModerationSettingsService settings;

	private final CurrentActor currentActor;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CommentCounts counts;

	CommentModeration(CommentRepository comments, CommentBlockRepository blocks, ArticleService articles,
			ModerationSettingsService settings, CurrentActor currentActor, AuditLog audit,
			ApplicationEventPublisher events, Clock clock, CommentCounts counts) {
		this.counts = counts;
		this.comments = comments;
		this.blocks = blocks;
		this.articles = articles;
		this.settings = settings;
		this.currentActor = currentActor;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * One tab of the queue, newest first, older than the given comment id (or the newest
	 * page).
	 */
	public ModerationQueue queue(CommentStatus status, Long olderThan) {
		moderator();
		List<Comment> found = this.comments.findByStatusAndIdLessThanOrderByIdDesc(status,
				(olderThan != null) ? olderThan : Long.MAX_VALUE, Limit.of(PAGE_SIZE + 1));
		boolean more = found.size() > PAGE_SIZE;
		List<ModerationItem> items = items(more ? found.subList(0, PAGE_SIZE) : found);
		return new ModerationQueue(status, items, more ? items.get(items.size() - 1).id() : null);
	}

	public ModerationCounts counts() {
		moderator();
		return countAll();
	}

	/**
	 * The queue's counts for the admin navigation, or empty for staff who do not
	 * moderate.
	 */
	public Optional<ModerationCounts> countsForNavigation() {
		return mayModerate() ? Optional.of(countAll()) : Optional.empty();
	}

	/** The dashboard's moderation block, or empty for staff who do not moderate. */
	public Optional<ModerationSummary> summary() {
		if (!mayModerate()) {
			return Optional.empty();
		}
		List<Comment> latest = this.comments.findByStatusAndIdLessThanOrderByIdDesc(CommentStatus.PENDING,
				Long.MAX_VALUE, Limit.of(DASHBOARD_ITEMS));
		return Optional.of(new ModerationSummary(countAll(), items(latest)));
	}

	public ModerationItem get(Long id) {
		moderator();
		return items(List.of(this.comments.findById(id).orElseThrow(() -> new CommentNotFoundException(id)))).get(0);
	}

	/**
	 * Applies the action to one comment; false when it does not apply to the comment's
	 * status.
	 */
	@Transactional
	public boolean apply(ModerationAction action, Long id) {
		return apply(action, List.of(id)) == 1;
	}

	/**
	 * Applies the action to each selected comment it applies to; returns how many
	 * changed.
	 */
	@Transactional
	public int apply(ModerationAction action, List<Long> ids) {
		Actor actor = moderator();
		if (ids.size() > MAX_SELECTION) {
			throw new RuleViolationException("moderation.error.selection-too-large");
		}
		List<Comment> found = ids.isEmpty() ? List.of() : this.comments.findForUpdate(ids);
		if (found.isEmpty() && ids.size() == 1) {
			throw new CommentNotFoundException(ids.get(0));
		}
		int changed = 0;
		for (Comment comment : found) {
			if (action.appliesTo(comment.getStatus())) {
				move(actor, comment, action);
				changed++;
			}
		}
		return changed;
	}

	private void move(Actor actor, Comment comment, ModerationAction action) {
		CommentStatus before = comment.getStatus();
		comment.moveTo(action.target());
		if (before == CommentStatus.APPROVED) {
			this.articles.adjustCommentCount(comment.getArticleId(), -1);
			// and recounted after commit, in case a recount of readers' comments ran
			// alongside
			this.counts.changed(comment.getArticleId());
		}
		if (action.target() == CommentStatus.APPROVED) {
			this.articles.adjustCommentCount(comment.getArticleId(), 1);
			this.counts.changed(comment.getArticleId());
			this.events.publishEvent(new CommentApproved(comment.getArticleId(), comment.getId()));
		}
		if (before == CommentStatus.APPROVED || action.target() == CommentStatus.APPROVED) {
			threadChanged(comment.getArticleId());
		}
		this.audit.record(actor, "comment." + action.name().toLowerCase(java.util.Locale.ROOT), "comment",
				comment.getId(), before + " to " + action.target() + ": " + comment.getAuthorName() + " on story "
						+ comment.getArticleId());
	}

	/**
	 * Changes a comment's text (a typo, a personal detail to remove); its status stays.
	 */
	@Transactional
	public void edit(Long id, String body) {
		Actor actor = moderator();
		Comment comment = lock(id);
		comment.edit(body.strip());
		if (comment.getStatus() == CommentStatus.APPROVED) {
			this.events.publishEvent(ContentChanged.of(ContentKeys.article(comment.getArticleId())));
		}
		this.audit.record(actor, "comment.edit", "comment", id, comment.getAuthorName());
	}

	/**
	 * A shown comment came or went: the story's thread and its count on cards changed.
	 */
	private void threadChanged(Long articleId) {
		this.events.publishEvent(ContentChanged.of(ContentKeys.article(articleId), ContentKeys.comments(articleId)));
	}

	/**
	 * Replies as staff: the reply is shown at once with a staff badge. Replying to a
	 * comment that awaits moderation approves it first, since the reply would otherwise
	 * answer nothing visible.
	 * @return the reply's id
	 */
	@Transactional
	public Long reply(Long parentId, String body) {
		Actor actor = moderator();
		Comment parent = lock(parentId);
		if (parent.getStatus() == CommentStatus.PENDING) {
			move(actor, parent, ModerationAction.APPROVE);
		}
		else if (parent.getStatus() != CommentStatus.APPROVED) {
			throw new RuleViolationException("moderation.error.reply-hidden");
		}
		Comment reply = this.comments.save(Comment.staffReply(parent, this.settings.current().maxDepth(),
				actor.userId(), actor.displayName(), body.strip(), this.clock.instant()));
		this.articles.adjustCommentCount(reply.getArticleId(), 1);
		this.counts.changed(reply.getArticleId());
		this.events.publishEvent(new CommentApproved(reply.getArticleId(), reply.getId()));
		threadChanged(reply.getArticleId());
		this.audit.record(actor, "comment.reply", "comment", reply.getId(), "in reply to comment " + parentId);
		return reply.getId();
	}

	/**
	 * Blocks the email or the address hash of a comment's sender: their next comments go
	 * to spam.
	 */
	@Transactional
	public void block(Long commentId, BlockKind kind) {
		Actor actor = moderator();
		Comment comment = this.comments.findById(commentId).orElseThrow(() -> new CommentNotFoundException(commentId));
		String value = (kind == BlockKind.EMAIL) ? comment.getAuthorEmail() : comment.getIpHash();
		if (comment.isStaff() || value.isEmpty()) {
			throw new RuleViolationException("moderation.error.block-staff");
		}
		if (!this.blocks.existsByKindAndBlockValue(kind, value)) {
			this.blocks.save(new CommentBlock(kind, value, this.clock.instant(), actor.displayName()));
			this.audit.record(actor, "comment.block", "comment", commentId, kind + " " + value);
		}
	}

	@Transactional
	public void unblock(Long blockId) {
		Actor actor = moderator();
		CommentBlock block = this.blocks.findById(blockId).orElseThrow(() -> new NotFoundException("block"));
		BlockView view = block.toView();
		this.blocks.delete(block);
		this.audit.record(actor, "comment.unblock", "block", blockId, view.kind() + " " + view.value());
	}

	/** The newest blocks (at most 200). */
	public List<BlockView> blocks() {
		moderator();
		return this.blocks.findAllByOrderByIdDesc(Limit.of(200)).stream().map(CommentBlock::toView).toList();
	}

	private Comment lock(Long id) {
		return this.comments.findForUpdate(List.of(id))
			.stream()
			.findFirst()
			.orElseThrow(() -> new CommentNotFoundException(id));
	}

	private ModerationCounts countAll() {
		Map<CommentStatus, Long> counts = new EnumMap<>(CommentStatus.class);
		for (Object[] row : this.comments.countByStatus()) {
			counts.put((CommentStatus) row[0], (Long) row[1]);
		}
		return ModerationCounts.of(counts);
	}

	private List<ModerationItem> items(List<Comment> found) {
		Map<Long, ArticleHeadline> stories = this.articles
			.headlines(found.stream().map(Comment::getArticleId).distinct().toList());
		return found.stream().map((comment) -> {
			ArticleHeadline story = stories.get(comment.getArticleId());
			return new ModerationItem(comment.getId(), comment.getArticleId(),
					(story != null) ? story.headline() : null, (story != null) ? story.url() : null,
					comment.getParentId(), comment.getAuthorName(), comment.getAuthorEmail(),
					comment.getAuthorWebsite(), comment.getIpHash(), comment.getBody(), comment.getStatus(),
					comment.getHeldReason(), comment.getCreatedAt(), comment.isStaff());
		}).toList();
	}

	private boolean mayModerate() {
		return this.currentActor.find().filter((actor) -> actor.isAtLeast(Role.EDITOR)).isPresent();
	}

	private Actor moderator() {
		return this.currentActor.require(Role.EDITOR);
	}

}
