package news.dateline.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleEdits;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.article.internal.EditorialPolicy;
import news.dateline.section.SectionNotFoundException;
import news.dateline.section.SectionService;
import news.dateline.security.Actor;
import news.dateline.security.CurrentActor;

/**
 * Bulk actions of the admin article list: first a plan to confirm (which of the chosen
 * stories the action applies to, by role, ownership and status), then the doing, in one
 * transaction. Moves and tags go through {@link EditorialService#update} (a revision
 * each, the version check, the events), unpublishing through
 * {@link EditorialService#unpublish}; stories the staff member may not touch are left
 * alone and counted.
 */
@Service
@Transactional(readOnly = true)
public class ArticleBulkService {

	/** At most this many stories in one bulk action (a page and a bit). */
	static final int MAX_STORIES = 100;

	private final ArticleRepository articles;

	private final ArticleEdits edits;

	private final SectionService sections;

	private final EditorialService editorial;

	private final CurrentActor currentActor;

	private final ApplicationEventPublisher events;

	private final EntityManager entityManager;

	private final ArticleTranslations translations;

	ArticleBulkService(ArticleRepository articles, ArticleEdits edits, SectionService sections,
			EditorialService editorial, CurrentActor currentActor, ApplicationEventPublisher events,
			EntityManager entityManager, ArticleTranslations translations) {
		this.translations = translations;
		this.articles = articles;
		this.edits = edits;
		this.sections = sections;
		this.editorial = editorial;
		this.currentActor = currentActor;
		this.events = events;
		this.entityManager = entityManager;
	}

	/**
	 * What the action would do to the chosen stories.
	 * @throws ArticleRejectedException when no story is chosen, or the section or tag the
	 * action needs is missing or unknown
	 */
	public BulkPlan plan(ArticleBulkAction action, List<Long> ids, String section, String tag) {
		Actor actor = this.currentActor.require();
		if (ids == null || ids.isEmpty()) {
			throw new ArticleRejectedException("ids", "admin.articles.bulk.none");
		}
		String sectionName = null;
		if (action == ArticleBulkAction.MOVE_TO_SECTION) {
			sectionName = sectionName(section);
		}
		String tagName = (action == ArticleBulkAction.ADD_TAG) ? tagName(tag) : null;
		List<Long> chosen = new ArrayList<>(new LinkedHashSet<>(ids));
		Map<Long, Article> found = this.articles.findAllById(chosen.subList(0, Math.min(chosen.size(), MAX_STORIES)))
			.stream()
			.collect(Collectors.toMap(Article::getId, Function.identity()));
		List<BulkPlan.Item> items = chosen.stream()
			.filter(found::containsKey)
			.map(found::get)
			.map((article) -> new BulkPlan.Item(article.getId(), article.getHeadline(), article.getStatus(),
					allowed(action, actor, article, tagName)))
			.toList();
		if (items.isEmpty()) {
			throw new ArticleRejectedException("ids", "admin.articles.bulk.none");
		}
		return new BulkPlan(action, items, (sectionName != null) ? section : null, sectionName, tagName);
	}

	/**
	 * Does the confirmed action to each chosen story it applies to.
	 * @return how many stories it changed
	 */
	@Transactional
	public int apply(ArticleBulkAction action, List<Long> ids, String section, String tag) {
		BulkPlan plan = plan(action, ids, section, tag);
		Actor actor = this.currentActor.require();
		int done = 0;
		for (BulkPlan.Item item : plan.items()) {
			if (!item.allowed()) {
				continue;
			}
			Article article = this.articles.findById(item.id()).orElseThrow();
			switch (action) {
				case MOVE_TO_SECTION -> this.editorial.update(item.id(), withSection(this.edits.of(article), section));
				case ADD_TAG -> this.editorial.update(item.id(), withTag(this.edits.of(article), plan.tag()));
				case UNPUBLISH -> this.editorial.unpublish(item.id());
				case DELETE_DRAFTS -> {
					// its translations stay, linked to each other (leave() clears the
					// context)
					this.translations.leave(article);
					this.entityManager.remove(this.articles.findById(item.id()).orElseThrow());
					this.events.publishEvent(new ArticleDeleted(item.id(), item.headline(), actor));
				}
			}
			done++;
		}
		return done;
	}

	private static boolean allowed(ArticleBulkAction action, Actor actor, Article article, String tag) {
		return switch (action) {
			case MOVE_TO_SECTION -> EditorialPolicy.canEdit(actor, article);
			case ADD_TAG -> EditorialPolicy.canEdit(actor, article) && !hasTag(article, tag);
			case UNPUBLISH -> EditorialPolicy.canUnpublish(actor, article.getStatus());
			case DELETE_DRAFTS -> EditorialPolicy.canDeleteDraft(actor, article);
		};
	}

	private static boolean hasTag(Article article, String tag) {
		return article.getTags().stream().anyMatch((existing) -> existing.getName().equalsIgnoreCase(tag));
	}

	private String sectionName(String slug) {
		if (slug == null || slug.isBlank()) {
			throw new ArticleRejectedException("section", "admin.articles.bulk.section-required");
		}
		try {
			return this.sections.bySlug(slug).name();
		}
		catch (SectionNotFoundException ex) {
			throw new ArticleRejectedException("section", "article.section.unknown");
		}
	}

	private static String tagName(String tag) {
		String name = (tag == null) ? "" : tag.strip();
		if (name.isEmpty() || name.length() > 80 || name.contains(",")) {
			throw new ArticleRejectedException("tag", "admin.articles.bulk.tag-required");
		}
		return name;
	}

	private static ArticleEdit withSection(ArticleEdit edit, String section) {
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
				section, edit.tags(), edit.bylines(), edit.sources(), edit.slug(), edit.seoTitle(),
				edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(), edit.imageCredit(),
				edit.commentsOpen(), edit.version());
	}

	private static ArticleEdit withTag(ArticleEdit edit, String tag) {
		List<String> names = new ArrayList<>(
				Arrays.stream((edit.tags() == null) ? new String[0] : edit.tags().split(","))
					.map(String::strip)
					.filter((name) -> !name.isEmpty())
					.toList());
		if (names.stream().noneMatch((name) -> name.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT)))) {
			names.add(tag);
		}
		return new ArticleEdit(edit.headline(), edit.deck(), edit.datelineCity(), edit.datelineCountry(), edit.body(),
				edit.sectionSlug(), String.join(", ", names), edit.bylines(), edit.sources(), edit.slug(),
				edit.seoTitle(), edit.seoDescription(), edit.imageUrl(), edit.imageAlt(), edit.imageCaption(),
				edit.imageCredit(), edit.commentsOpen(), edit.version());
	}

}
