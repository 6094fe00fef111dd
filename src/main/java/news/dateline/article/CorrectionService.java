package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.Correction;
import news.dateline.article.internal.CorrectionRepository;
import news.dateline.article.internal.Cursor;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.system.SiteProperties;

/**
 * The corrections log: editors append typed entries to published stories, which then show
 * as updated; readers page through every entry on live stories, newest first.
 */
@Service
@Transactional(readOnly = true)
public class CorrectionService {

	private final CorrectionRepository corrections;

	private final ArticleRepository articles;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final SiteProperties site;

	private final Clock clock;

	CorrectionService(CorrectionRepository corrections, ArticleRepository articles, CurrentActor currentActor,
			ApplicationEventPublisher events, SiteProperties site, Clock clock) {
		this.corrections = corrections;
		this.articles = articles;
		this.currentActor = currentActor;
		this.events = events;
		this.site = site;
		this.clock = clock;
	}

	/**
	 * A page of the public log, newest first; {@code before} is the cursor from the
	 * previous page (a malformed one is treated as absent).
	 */
	public CorrectionPage page(String before) {
		Instant now = this.clock.instant();
		int size = this.site.pageSize();
		Cursor from = Cursor.parse(before).orElse(new Cursor(now.plusSeconds(1), Long.MAX_VALUE));
		List<CorrectionEntry> entries = this.corrections.findLiveBefore(now, from.at(), from.id(), Limit.of(size + 1));
		if (entries.size() <= size) {
			return new CorrectionPage(entries, null);
		}
		List<CorrectionEntry> shown = entries.subList(0, size);
		CorrectionEntry last = shown.get(size - 1);
		return new CorrectionPage(List.copyOf(shown), new Cursor(last.createdAt(), last.id()).format());
	}

	/**
	 * Appends an entry to a published story's log and marks the story updated: editors.
	 */
	@Transactional
	public Long add(Long articleId, CorrectionKind kind, String note) {
		Actor actor = this.currentActor.require();
		Article article = this.articles.findById(articleId)
			.orElseThrow(() -> new ArticleNotFoundException(articleId.toString()));
		EditorialPolicy.requireManage(actor, article);
		if (article.getStatus() != ArticleStatus.PUBLISHED) {
			throw new WorkflowException("article.workflow.correct-published-only");
		}
		Instant now = this.clock.instant();
		Long id = this.corrections
			.save(new Correction(articleId, kind, note.trim(), actor.userId(), actor.displayName(), now))
			.getId();
		this.articles.markUpdated(articleId, now);
		this.events.publishEvent(new CorrectionAdded(articleId, article.getSlug(), id, kind, actor));
		return id;
	}

	/**
	 * Keeps a correction brought in by an import, as it was written there (the import
	 * checks who runs it).
	 */
	@Transactional
	public void importCorrection(Long articleId, CorrectionKind kind, String note, Long createdBy, String createdByName,
			Instant createdAt) {
		this.corrections.save(new Correction(articleId, kind, note, createdBy, createdByName, createdAt));
	}

}
