package news.dateline.comment.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import news.dateline.comment.CommentStatus;
import news.dateline.comment.Commenter;
import news.dateline.comment.HoldReason;
import news.dateline.comment.ModerationDecision;

/**
 * A reader's comment on a story, possibly a reply to another comment. The email is kept
 * for moderation and never shown; the poster's address is kept only as a keyed hash.
 */
@Entity
public class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private Long parentId;

	private int depth;

	private String authorName;

	private String authorEmail;

	private String authorWebsite;

	private String body;

	@Enumerated(EnumType.STRING)
	private CommentStatus status;

	@Enumerated(EnumType.STRING)
	private HoldReason heldReason;

	private String ipHash;

	private Instant createdAt;

	private boolean staff;

	private Long staffUserId;

	protected Comment() {
	}

	public Comment(Long articleId, Comment parent, int maxDepth, Commenter commenter, String body, Instant createdAt) {
		this.articleId = articleId;
		if (parent == null) {
			this.depth = 1;
		}
		else if (parent.depth >= maxDepth) {
			// threads stop at the deepest level: a reply there joins its parent's replies
			this.parentId = parent.parentId;
			this.depth = parent.depth;
		}
		else {
			this.parentId = parent.id;
			this.depth = parent.depth + 1;
		}
		this.authorName = commenter.name();
		this.authorEmail = commenter.email();
		this.authorWebsite = commenter.website();
		this.ipHash = commenter.ipHash();
		this.body = body;
		this.createdAt = createdAt;
	}

	/**
	 * A reply written by a staff member from the admin: shown at once, with a staff
	 * badge.
	 */
	public static Comment staffReply(Comment parent, int maxDepth, Long staffUserId, String staffName, String body,
			Instant createdAt) {
		Comment reply = new Comment(parent.articleId, parent, maxDepth, new Commenter(staffName, "", null, ""), body,
				createdAt);
		reply.status = CommentStatus.APPROVED;
		reply.staff = true;
		reply.staffUserId = staffUserId;
		return reply;
	}

	/**
	 * Marks a comment brought in from another system as a staff member's, who wrote it
	 * there.
	 */
	public void writtenByStaff(Long staffUserId) {
		this.staff = true;
		this.staffUserId = staffUserId;
	}

	public void moderate(ModerationDecision decision) {
		this.status = decision.status();
		this.heldReason = decision.reason();
	}

	/** A moderator's decision; the reason it was first held stays on record. */
	public void moveTo(CommentStatus status) {
		this.status = status;
	}

	public void edit(String body) {
		this.body = body;
	}

	public Long getId() {
		return this.id;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	public Long getParentId() {
		return this.parentId;
	}

	public int getDepth() {
		return this.depth;
	}

	public String getAuthorName() {
		return this.authorName;
	}

	public String getAuthorEmail() {
		return this.authorEmail;
	}

	public String getAuthorWebsite() {
		return this.authorWebsite;
	}

	public String getBody() {
		return this.body;
	}

	public CommentStatus getStatus() {
		return this.status;
	}

	public HoldReason getHeldReason() {
		return this.heldReason;
	}

	public String getIpHash() {
		return this.ipHash;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public boolean isStaff() {
		return this.staff;
	}

	public Long getStaffUserId() {
		return this.staffUserId;
	}

}
