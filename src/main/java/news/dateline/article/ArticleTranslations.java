package news.dateline.article;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.ArticleRevision;
import news.dateline.article.internal.ArticleRevisionRepository;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.system.Edition;
import news.dateline.system.Editions;

/**
 * The rules of translation groups: a story and its translations into the other editions'
 * languages, at most one story per language (the group's id is that of its original
 * story). Starting a translation files a draft in the other language that copies the
 * original's section, tags, sources, bylines, image and text as the translator's starting
 * point; linking puts an existing story of another language in the group; unlinking takes
 * one out. Whoever may edit the stories concerned may do each; every change is audited
 * and names the pages of every story of the group, which link to each other.
 */
@Service
@Transactional(readOnly = true)
public class ArticleTranslations {

	private final ArticleRepository articles;

	private final ArticleRevisionRepository revisions;

	private final StoryFiling filing;

	private final Editions editions;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArticleTranslations(ArticleRepository articles, ArticleRevisionRepository revisions, StoryFiling filing,
			Editions editions, CurrentActor currentActor, ApplicationEventPublisher events, Clock clock) {
		this.articles = articles;
		this.revisions = revisions;
		this.filing = filing;
		this.editions = editions;
		this.currentActor = currentActor;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The languages a story may be written in: the editions' codes, the default one
	 * first.
	 */
	public List<String> languages() {
		return this.editions.all().stream().map(Edition::code).toList();
	}

	/** The editor page's translations panel of a story its actor may edit. */
	public TranslationPanel panel(Long id) {
		Article article = requireEdit(id);
		List<Article> group = group(article);
		Map<String, Article> byLanguage = group.stream()
			.collect(Collectors.toMap(Article::getLanguage, Function.identity(), (a, b) -> a));
		List<TranslationPanel.Row> rows = new ArrayList<>();
		for (Edition edition : this.editions.all()) {
			Article member = byLanguage.get(edition.code());
			rows.add((member != null)
					? new TranslationPanel.Row(edition.code(), member.getId(), member.getHeadline(), member.getStatus(),
							member.getId().equals(id))
					: new TranslationPanel.Row(edition.code(), null, null, null, false));
		}
		return new TranslationPanel(id, article.getLanguage(), article.getTranslationGroup() != null, rows,
				original(article, group));
	}

	/**
	 * Starts the translation of a story into another edition's language: a draft owned by
	 * the actor in the story's group, copying its section, tags, sources, bylines, image,
	 * dateline and text (the translator writes over the text with the original beside
	 * it), under a slug of its own.
	 * @return the new draft's id
	 */
	@Transactional
	public Long start(Long id, String language) {
		Actor actor = this.currentActor.require();
		Article original = requireEdit(id);
		requireOtherEdition(original, language);
		Long group = (original.getTranslationGroup() != null) ? original.getTranslationGroup() : original.getId();
		requireVacant(group, language);
		if (original.getTranslationGroup() == null) {
			join(List.of(original.getId()), group);
		}
		Article translation = new Article(this.filing.uniqueSlug(original.getSlug() + "-" + language),
				original.getHeadline(), this.clock);
		translation.copyForTranslation(this.articles.findById(id).orElseThrow());
		translation.setLanguage(language);
		translation.setCreatedBy(actor.userId());
		translation.setTranslationGroup(group);
		try {
			this.articles.saveAndFlush(translation);
		}
		catch (DataIntegrityViolationException ex) {
			// another editor started this language's translation first
			throw new ArticleRejectedException("language", "translation.exists");
		}
		this.revisions
			.save(new ArticleRevision(translation, 1, actor.userId(), actor.displayName(), this.clock.instant()));
		this.events.publishEvent(new ArticleTranslationChanged(translation.getId(), translation.getSlug(),
				ArticleTranslationChanged.STARTED, id, language, actor));
		changed(group, List.of(id, translation.getId()));
		return translation.getId();
	}

	/**
	 * Links the story with slug {@code otherSlug} (of another language, in no group yet)
	 * into the story's translation group.
	 */
	@Transactional
	public void link(Long id, String otherSlug) {
		Actor actor = this.currentActor.require();
		Article article = requireEdit(id);
		Article other = this.articles.findBySlug((otherSlug != null) ? otherSlug.trim() : "")
			.orElseThrow(() -> new ArticleRejectedException("slug", "translation.link.unknown"));
		if (!EditorialPolicy.canEdit(actor, other)) {
			throw new ArticleRejectedException("slug", "translation.link.not-editable");
		}
		if (other.getTranslationGroup() != null) {
			throw new ArticleRejectedException("slug", "translation.link.linked");
		}
		if (other.getLanguage().equals(article.getLanguage())) {
			throw new ArticleRejectedException("slug", "translation.link.same-language");
		}
		Long group = (article.getTranslationGroup() != null) ? article.getTranslationGroup() : article.getId();
		if (this.articles.existsByTranslationGroupAndLanguage(group, other.getLanguage())) {
			throw new ArticleRejectedException("slug", "translation.exists");
		}
		join(List.of(article.getId(), other.getId()), group);
		this.events.publishEvent(new ArticleTranslationChanged(other.getId(), other.getSlug(),
				ArticleTranslationChanged.LINKED, id, other.getLanguage(), actor));
		changed(group, List.of(id, other.getId()));
	}

	/**
	 * Takes the story out of its translation group. A group left with one story is
	 * dissolved; one whose original left takes the id of its oldest remaining story, so
	 * that the original can start a group of its own again.
	 */
	@Transactional
	public void unlink(Long id) {
		Actor actor = this.currentActor.require();
		Article article = requireEdit(id);
		Long group = article.getTranslationGroup();
		if (group == null) {
			return;
		}
		List<Long> others = leave(article);
		this.events.publishEvent(new ArticleTranslationChanged(id, article.getSlug(),
				ArticleTranslationChanged.UNLINKED, group, article.getLanguage(), actor));
		List<Long> keys = new ArrayList<>(others);
		keys.add(id);
		changed(null, keys);
	}

	/**
	 * Takes the story out of its group (unlinking, or before it is deleted).
	 * @return the ids of the stories left in the group
	 */
	List<Long> leave(Article article) {
		Long group = article.getTranslationGroup();
		if (group == null) {
			return List.of();
		}
		List<Long> others = this.articles.findByTranslationGroupOrderByLanguage(group)
			.stream()
			.map(Article::getId)
			.filter((member) -> !member.equals(article.getId()))
			.sorted()
			.toList();
		this.articles.setTranslationGroup(List.of(article.getId()), null);
		if (others.size() < 2) {
			this.articles.setTranslationGroup(others, null);
		}
		else if (group.equals(article.getId())) {
			this.articles.setTranslationGroup(others, others.get(0));
		}
		return others;
	}

	private void join(List<Long> ids, Long group) {
		try {
			this.articles.setTranslationGroup(ids, group);
		}
		catch (DataIntegrityViolationException ex) {
			// another editor linked a story of the same language first
			throw new ArticleRejectedException("slug", "translation.exists");
		}
	}

	/** The pages and cards of every story of the group, which link to each other. */
	private void changed(Long group, List<Long> ids) {
		List<Long> all = new ArrayList<>(ids);
		if (group != null) {
			this.articles.findByTranslationGroupOrderByLanguage(group).forEach((member) -> all.add(member.getId()));
		}
		List<String> keys = new ArrayList<>();
		all.stream().distinct().forEach((member) -> {
			keys.add(ContentKeys.article(member));
			keys.add(ContentKeys.card(member));
		});
		keys.add(ContentKeys.SITEMAP);
		this.events.publishEvent(ContentChanged.of(keys));
	}

	private void requireOtherEdition(Article original, String language) {
		if (language == null || this.editions.byCode(language).isEmpty()) {
			throw new ArticleRejectedException("language", "article.language.unknown");
		}
		if (language.equals(original.getLanguage())) {
			throw new ArticleRejectedException("language", "translation.same-language");
		}
	}

	private void requireVacant(Long group, String language) {
		if (this.articles.existsByTranslationGroupAndLanguage(group, language)) {
			throw new ArticleRejectedException("language", "translation.exists");
		}
	}

	private List<Article> group(Article article) {
		if (article.getTranslationGroup() == null) {
			return List.of(article);
		}
		return this.articles.findByTranslationGroupOrderByLanguage(article.getTranslationGroup());
	}

	/**
	 * The story a translation was made from: the group's original, or else its story in
	 * the default edition; null for the original itself.
	 */
	private TranslationPanel.Original original(Article article, List<Article> group) {
		String defaultLanguage = this.editions.defaultEdition().code();
		return group.stream()
			.filter((member) -> !member.getId().equals(article.getId()))
			.min(Comparator.comparing((Article member) -> !member.getId().equals(article.getTranslationGroup()))
				.thenComparing((member) -> !member.getLanguage().equals(defaultLanguage))
				.thenComparing(Article::getId))
			.filter((member) -> !article.getId().equals(article.getTranslationGroup()))
			.map((member) -> new TranslationPanel.Original(member.getId(), member.getLanguage(), member.getHeadline(),
					member.getDeck(), member.getBodyMarkdown()))
			.orElse(null);
	}

	private Article requireEdit(Long id) {
		Actor actor = this.currentActor.require();
		Article article = this.articles.findById(id).orElseThrow(() -> new ArticleNotFoundException(id.toString()));
		EditorialPolicy.requireEdit(actor, article);
		return article;
	}

}
