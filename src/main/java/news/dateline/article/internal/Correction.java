package news.dateline.article.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import news.dateline.article.CorrectionKind;

/**
 * An entry in a published story's corrections log: its kind, the note readers see, and
 * when and by whom it was added. Entries are only ever appended.
 */
@Entity
@Table(name = "article_correction")
public class Correction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	@Enumerated(EnumType.STRING)
	private CorrectionKind kind;

	private String note;

	private Long createdBy;

	private String createdByName;

	private Instant createdAt;

	protected Correction() {
	}

	public Correction(Long articleId, CorrectionKind kind, String note, Long createdBy, String createdByName,
			Instant createdAt) {
		this.articleId = articleId;
		this.kind = kind;
		this.note = note;
		this.createdBy = createdBy;
		this.createdByName = createdByName;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

}
