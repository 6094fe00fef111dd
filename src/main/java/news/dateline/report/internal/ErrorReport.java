package news.dateline.report.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import news.dateline.article.ArticleHeadline;
import news.dateline.report.ErrorReportView;
import news.dateline.report.ReceivedReport;
import news.dateline.report.ReportStatus;

/**
 * A reader's report that something in a story is wrong: what, an optional email address
 * to answer to, and a keyed hash of the sender's address for the flood check.
 */
@Entity
public class ErrorReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private String message;

	private String email;

	private String ipHash;

	@Enumerated(EnumType.STRING)
	private ReportStatus status;

	private Instant createdAt;

	protected ErrorReport() {
	}

	public ErrorReport(Long articleId, String message, String email, String ipHash, ReportStatus status,
			Instant createdAt) {
		this.articleId = articleId;
		this.message = message;
		this.email = email;
		this.ipHash = ipHash;
		this.status = status;
		this.createdAt = createdAt;
	}

	public Long getId() {
		return this.id;
	}

	public ReportStatus getStatus() {
		return this.status;
	}

	public Long getArticleId() {
		return this.articleId;
	}

	/**
	 * The report as the corrections queue shows it, with its story's headline and
	 * address.
	 */
	public ErrorReportView toView(ArticleHeadline story) {
		return new ErrorReportView(this.id, this.articleId, story.headline(), story.slug(), this.message, this.email,
				this.createdAt);
	}

	/** The report as a moderator's mail names it (never with the reader's email). */
	public ReceivedReport toReceived() {
		String plain = this.message.replaceAll("\\s+", " ").strip();
		String excerpt = (plain.length() <= 300) ? plain : plain.substring(0, 299).strip() + "…";
		return new ReceivedReport(this.id, this.articleId, excerpt, this.createdAt);
	}

}
