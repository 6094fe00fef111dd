package news.dateline.article;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A story an editor pinned to a slot of a front (the home page, or a section's page):
 * slot 1 is the lead, the next ones are the featured stories.
 */
@Entity
@Table(name = "front_pin")
class FrontPin {

	/** The section id that stands for the home page. */
	static final long HOME = 0L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long sectionId;

	private int slot;

	private Long articleId;

	private Long pinnedBy;

	private Instant pinnedAt;

	protected FrontPin() {
	}

	FrontPin(long sectionId, int slot, Long articleId, Long pinnedBy, Instant pinnedAt) {
		this.sectionId = sectionId;
		this.slot = slot;
		this.articleId = articleId;
		this.pinnedBy = pinnedBy;
		this.pinnedAt = pinnedAt;
	}

	long getSectionId() {
		return this.sectionId;
	}

	int getSlot() {
		return this.slot;
	}

	Long getArticleId() {
		return this.articleId;
	}

}
