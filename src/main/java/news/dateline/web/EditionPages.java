package news.dateline.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import news.dateline.article.ArticleTranslation;
import news.dateline.article.ArticleView;
import news.dateline.system.Edition;
import news.dateline.system.Editions;
import news.dateline.system.SiteProperties;

/**
 * Finds a page's versions in the other editions ({@link EditionLinks}): a story's live
 * translations, a section's or tag's page at its slug in each edition, and for every
 * other page (home, lists, search) the same page in each edition.
 */
@Component
class EditionPages {

	private final Editions editions;

	private final SiteProperties site;

	private final MessageSource messages;

	EditionPages(Editions editions, SiteProperties site, MessageSource messages) {
		this.editions = editions;
		this.site = site;
		this.messages = messages;
	}

	/** The same site path ("/", "/latest") in every edition. */
	EditionLinks ofPath(Edition current, String sitePath) {
		return ofPaths(current, (edition) -> sitePath);
	}

	/**
	 * A page whose site path differs per edition: a section's or tag's page at its slug
	 * in each edition ("/sections/world", "/es/sections/mundo").
	 */
	EditionLinks ofPaths(Edition current, Function<Edition, String> sitePathIn) {
		Map<Edition, String> paths = new LinkedHashMap<>();
		for (Edition edition : this.editions.all()) {
			paths.put(edition, edition.path(sitePathIn.apply(edition)));
		}
		return links(current, paths);
	}

	/**
	 * A story and its live translations, each at its own edition's path; none when it has
	 * no live translation.
	 */
	EditionLinks ofArticle(Edition current, ArticleView article) {
		List<ArticleTranslation> translations = article.liveTranslations();
		if (translations.isEmpty()) {
			return EditionLinks.NONE;
		}
		Map<Edition, String> paths = new LinkedHashMap<>();
		for (Edition edition : this.editions.all()) {
			if (edition.code().equals(article.language())) {
				paths.put(edition, edition.path(article.url()));
			}
			translations.stream()
				.filter((translation) -> edition.code().equals(translation.language()))
				.findFirst()
				.ifPresent((translation) -> paths.put(edition, edition.path(ArticleView.urlOf(translation.slug()))));
		}
		return (paths.size() < 2) ? EditionLinks.NONE : links(current, paths);
	}

	private EditionLinks links(Edition current, Map<Edition, String> paths) {
		List<EditionLinks.Version> alternates = new ArrayList<>();
		List<EditionLinks.Version> others = new ArrayList<>();
		String xDefault = null;
		for (Map.Entry<Edition, String> entry : paths.entrySet()) {
			Edition edition = entry.getKey();
			EditionLinks.Version version = new EditionLinks.Version(edition.languageTag(),
					this.site.absolute(entry.getValue()), entry.getValue(),
					this.messages.getMessage("edition.switch", null, edition.locale()),
					this.messages.getMessage("edition.suggest", null, edition.locale()));
			alternates.add(version);
			if (edition.isDefault()) {
				xDefault = version.href();
			}
			if (!edition.equals(current)) {
				others.add(version);
			}
		}
		return new EditionLinks(alternates, xDefault, others);
	}

}
