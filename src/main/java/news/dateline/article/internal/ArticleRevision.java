package news.dateline.article.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import news.dateline.article.ImportedRevision;
import news.dateline.article.RevisionSummary;

/**
 * A snapshot of a story's text (headline, deck, dateline, Markdown body) taken at one
 * save, numbered from 1 per story.
 */
@Entity
public class ArticleRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long articleId;

	private int revisionNumber;

	private String headline;

	private String deck;

	@Column(length = 1_000_000)
	private String bodyMarkdown;

	private String datelineCity;

	private String datelineCountry;

	private Long savedBy;

	private String savedByName;

	private Instant savedAt;

	private Instant shownAt;

	private boolean minorFix;

	protected ArticleRevision() {
	}

	public ArticleRevision(Article article, int revisionNumber, Long savedBy, String savedByName, Instant savedAt) {
		this.articleId = article.getId();
		this.revisionNumber = revisionNumber;
		this.headline = article.getHeadline();
		this.deck = article.getDeck();
		this.bodyMarkdown = (article.getBodyMarkdown() != null) ? article.getBodyMarkdown() : "";
		this.datelineCity = article.getDatelineCity();
		this.datelineCountry = article.getDatelineCountry();
		this.savedBy = savedBy;
		this.savedByName = savedByName;
		this.savedAt = savedAt;
	}

	/** A revision as another system saved it (imports). */
	public ArticleRevision(ImportedRevision imported) {
		this.articleId = imported.articleId();
		this.revisionNumber = imported.number();
		this.headline = imported.headline();
		this.deck = imported.deck();
		this.bodyMarkdown = (imported.bodyMarkdown() != null) ? imported.bodyMarkdown() : "";
		this.datelineCity = imported.datelineCity();
		this.datelineCountry = imported.datelineCountry();
		this.savedBy = imported.savedBy();
		this.savedByName = imported.savedByName();
		this.savedAt = imported.savedAt();
		this.shownAt = imported.shownAt();
		this.minorFix = imported.minorFix();
	}

	int getRevisionNumber() {
		return this.revisionNumber;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getDeck() {
		return this.deck;
	}

	public String getBodyMarkdown() {
		return this.bodyMarkdown;
	}

	public String getDatelineCity() {
		return this.datelineCity;
	}

	public String getDatelineCountry() {
		return this.datelineCountry;
	}

	public RevisionSummary toSummary() {
		return new RevisionSummary(this.revisionNumber, this.headline, this.savedByName, this.savedAt);
	}

	public int getNumber() {
		return this.revisionNumber;
	}

	public Instant getSavedAt() {
		return this.savedAt;
	}

	/** When readers first saw this text; null if they never did. */
	public Instant getShownAt() {
		return this.shownAt;
	}

	public boolean isMinorFix() {
		return this.minorFix;
	}

	/** Records that readers saw this text from {@code at} (the first time counts). */
	public void shownAt(Instant at) {
		if (this.shownAt == null) {
			this.shownAt = at;
		}
	}

	/** Folds this save away on the public versions page (a typo fix). */
	public void markMinorFix(boolean minor) {
		this.minorFix = minor;
	}

	/** The dateline as one line, for diffs: "Seoul, South Korea". */
	public String datelineLine() {
		if (this.datelineCity == null) {
			return (this.datelineCountry == null) ? "" : this.datelineCountry;
		}
		return (this.datelineCountry == null) ? this.datelineCity : this.datelineCity + ", " + this.datelineCountry;
	}

}
