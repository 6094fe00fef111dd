package news.dateline.comment.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import news.dateline.comment.BlockKind;
import news.dateline.comment.BlockView;

/**
 * A blocked email or address hash: new comments from it go straight to spam.
 */
@Entity
public class CommentBlock {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private BlockKind kind;

	private String blockValue;

	private Instant createdAt;

	private String createdBy;

	protected CommentBlock() {
	}

	public CommentBlock(BlockKind kind, String blockValue, Instant createdAt, String createdBy) {
		this.kind = kind;
		this.blockValue = blockValue;
		this.createdAt = createdAt;
		this.createdBy = createdBy;
	}

	public BlockView toView() {
		return new BlockView(this.id, this.kind, this.blockValue, this.createdAt, this.createdBy);
	}

}
