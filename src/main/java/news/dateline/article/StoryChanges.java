package news.dateline.article;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import news.dateline.article.internal.Article;
import news.dateline.article.internal.ArticleRepository;
import news.dateline.author.Author;
import news.dateline.source.Source;
import news.dateline.system.ContentChanged;
import news.dateline.system.ContentKeys;
import news.dateline.tag.Tag;

/**
 * Turns each change to a story readers can see ({@link ArticleChange}: publication,
 * release, edit, unpublication, correction) into the one {@link ContentChanged} event, in
 * the same transaction: the story's page and cards, every list it is on now (the lists it
 * has left hold its card key), the pages of its translations, the feeds, sitemaps and
 * search.
 */
@Component
class StoryChanges {

	private final ArticleRepository articles;

	private final ApplicationEventPublisher events;

	StoryChanges(ArticleRepository articles, ApplicationEventPublisher events) {
		this.articles = articles;
		this.events = events;
	}

	@EventListener
	void changed(ArticleChange change) {
		List<String> keys = new ArrayList<>(
				List.of(ContentKeys.article(change.articleId()), ContentKeys.card(change.articleId()), ContentKeys.HOME,
						ContentKeys.LATEST, ContentKeys.FEEDS, ContentKeys.SITEMAP, ContentKeys.SEARCH));
		if (change instanceof CorrectionAdded) {
			keys.add(ContentKeys.CORRECTIONS);
		}
		this.articles.findById(change.articleId()).ifPresent((article) -> {
			keys.addAll(listsOf(article));
			keys.addAll(translationsOf(article));
		});
		this.events.publishEvent(ContentChanged.of(keys));
	}

	/**
	 * The pages of the story's translations, which link to it while it is live (and list
	 * it among their alternates).
	 */
	private List<String> translationsOf(Article article) {
		if (article.getTranslationGroup() == null) {
			return List.of();
		}
		return this.articles.findByTranslationGroupOrderByLanguage(article.getTranslationGroup())
			.stream()
			.filter((member) -> !member.getId().equals(article.getId()))
			.map((member) -> ContentKeys.article(member.getId()))
			.toList();
	}

	/** The keys of the section, author, tag and source lists the story is on. */
	static List<String> listsOf(Article article) {
		List<String> keys = new ArrayList<>();
		if (article.getSection() != null) {
			keys.add(ContentKeys.section(article.getSection().getSlug()));
		}
		for (Author author : article.getBylines()) {
			keys.add(ContentKeys.author(author.getSlug()));
		}
		for (Tag tag : article.getTags()) {
			keys.add(ContentKeys.tag(tag.getSlug()));
		}
		for (Source source : article.getSources()) {
			keys.add(ContentKeys.source(source.getSlug()));
		}
		return keys;
	}

}
