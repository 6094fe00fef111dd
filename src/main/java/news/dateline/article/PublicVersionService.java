package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.PublicVersions.PublicVersion;
import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRevision;
import news.dateline.article.internal.ArticleRevisionRepository;
import news.dateline.article.internal.CorrectionRepository;
import news.dateline.article.internal.ShownRevision;
import news.dateline.article.internal.WordDiff;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;

/**
 * The readers' side of a story's revisions: the versions readers saw (marked by
 * {@link PublicVersionRecorder}) with word-level diffs, minor fixes folded, corrections
 * beside the version they describe. Drafts, embargoed text and edits made off the site
 * never appear. Editors' saves that are only a typo fix are marked here.
 */
@Service
@Transactional(readOnly = true)
public class PublicVersionService {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final CorrectionRepository corrections;

	private final EditorialService editorial;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublicVersionService(ArticleRepository articles, ArticleRevisionRepository revisions,
			CorrectionRepository corrections, EditorialService editorial, ApplicationEventPublisher events,
			Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.corrections = corrections;
		this.editorial = editorial;
		this.events = events;
		this.clock = clock;
	}

	/** The versions of the live story at this slug, newest first. */
	public PublicVersions versions(String slug) {
		Article article = this.articles.findBySlug(slug)
			.filter((found) -> found.isLiveAt(this.clock.instant()))
			.orElseThrow(() -> new ArticleNotFoundException(slug));
		List<ArticleRevision> shown = shown(article.getId());
		List<CorrectionView> log = this.corrections.findViews(article.getId());
		List<PublicVersion> versions = new ArrayList<>();
		ArticleRevision previous = null;
		for (int i = 0; i < shown.size(); i++) {
			ArticleRevision revision = shown.get(i);
			Instant until = (i + 1 < shown.size()) ? shown.get(i + 1).getShownAt() : null;
			versions.add(0, version(i + 1, previous, revision, describing(log, revision.getShownAt(), until)));
			previous = revision;
		}
		if (versions.isEmpty()) {
			versions.add(new PublicVersion(1, article.getPublishedAt(), false, List.of(), List.of(), List.of(),
					List.of(), log));
		}
		return new PublicVersions(article.getId(), article.getSlug(), article.getHeadline(), versions);
	}

	/**
	 * The article page's links to its versions page, given the story's corrections (the
	 * article view holds them already). Reads the shown revisions without their text.
	 */
	public VersionLinks links(Long articleId, String slug, List<CorrectionView> corrections) {
		List<ShownRevision> shown = this.revisions.findShown(articleId)
			.stream()
			.filter((revision) -> !revision.sameText())
			.toList();
		int material = 0;
		for (int i = 0; i < shown.size(); i++) {
			if (i == 0 || !shown.get(i).minorFix()) {
				material++;
			}
		}
		Map<Long, Integer> described = new HashMap<>();
		for (CorrectionView correction : corrections) {
			for (int i = 0; i < shown.size(); i++) {
				if (!shown.get(i).shownAt().isAfter(correction.createdAt())) {
					described.put(correction.id(), i + 1);
				}
			}
		}
		return new VersionLinks(PublicVersion.pageOf(slug), material, described);
	}

	/**
	 * Saves the editor's form like {@link EditorialService#update}, as a minor fix (a
	 * typo): the new revision is folded away on the public versions page.
	 */
	@Transactional
	public void updateAsMinorFix(Long id, ArticleEdit edit) {
		int before = this.revisions.lastNumber(id);
		this.editorial.update(id, edit);
		// only this save's revision (a first save also keeps the text before it as
		// revision 1)
		this.revisions.findFirstByArticleIdOrderByRevisionNumberDesc(id)
			.filter((revision) -> revision.getNumber() > before)
			.ifPresent((revision) -> revision.markMinorFix(true));
		this.events.publishEvent(ContentChanged.of(List.of(ContentKeys.article(id))));
	}

	/**
	 * The revisions readers saw, oldest first, leaving out saves that changed nothing
	 * they read (only tags, images or settings).
	 */
	private List<ArticleRevision> shown(Long articleId) {
		List<ArticleRevision> text = new ArrayList<>();
		for (ArticleRevision revision : this.revisions
			.findByArticleIdAndShownAtNotNullOrderByRevisionNumber(articleId)) {
			if (text.isEmpty() || !sameText(text.get(text.size() - 1), revision)) {
				text.add(revision);
			}
		}
		return text;
	}

	private static boolean sameText(ArticleRevision a, ArticleRevision b) {
		return java.util.Objects.equals(a.getHeadline(), b.getHeadline())
				&& java.util.Objects.equals(a.getDeck(), b.getDeck()) && a.datelineLine().equals(b.datelineLine())
				&& java.util.Objects.equals(a.getBodyMarkdown(), b.getBodyMarkdown());
	}

	private static PublicVersion version(int number, ArticleRevision previous, ArticleRevision revision,
			List<CorrectionView> corrections) {
		if (previous == null) {
			return new PublicVersion(number, revision.getShownAt(), false, List.of(), List.of(), List.of(), List.of(),
					corrections);
		}
		return new PublicVersion(number, revision.getShownAt(), revision.isMinorFix(),
				WordDiff.between(previous.getHeadline(), revision.getHeadline()),
				WordDiff.between(previous.getDeck(), revision.getDeck()),
				WordDiff.between(previous.datelineLine(), revision.datelineLine()),
				DiffExcerpt.of(WordDiff.between(previous.getBodyMarkdown(), revision.getBodyMarkdown())), corrections);
	}

	/** The corrections made while this version was the one readers saw. */
	private static List<CorrectionView> describing(List<CorrectionView> log, Instant from, Instant until) {
		return log.stream()
			.filter((correction) -> !correction.createdAt().isBefore(from)
					&& (until == null || correction.createdAt().isBefore(until)))
			.toList();
	}

}
