package news.dateline.article.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

import news.dateline.article.NewsLink;

/**
 * The read side of one edition's feeds and sitemaps: its live stories, newest first or by
 * id, and the live stories of their translation groups. Every query names the language
 * and the status first, so it reads the {@code ix_article_language_live} index and stops
 * at its limit.
 */
@Component
public class EditionQueries {

	private static final String LIVE = " where a.language = :language"
			+ " and a.status = news.dateline.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now";

	private final EntityManager entityManager;

	EditionQueries(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The ids of the newest live stories in a language (the constant columns lead the
	 * sort so H2 too reads the index in order).
	 */
	public List<Long> latestIds(String language, Instant now, int limit) {
		return this.entityManager
			.createQuery("select a.id from Article a" + LIVE
					+ " order by a.language, a.status, a.publishedAt desc, a.id desc", Long.class)
			.setParameter("language", language)
			.setParameter("now", now)
			.setMaxResults(limit)
			.getResultList();
	}

	public long countLive(String language, Instant now) {
		return this.entityManager.createQuery("select count(a) from Article a" + LIVE, Long.class)
			.setParameter("language", language)
			.setParameter("now", now)
			.getSingleResult();
	}

	/**
	 * One page of a language's live stories by id: id, slug, last change and translation
	 * group (or null).
	 */
	public List<Object[]> liveLinks(String language, Instant now, int offset, int limit) {
		return this.entityManager
			.createQuery(
					"select a.id, a.slug, a.updatedAt, a.translationGroup from Article a" + LIVE + " order by a.id",
					Object[].class)
			.setParameter("language", language)
			.setParameter("now", now)
			.setFirstResult(offset)
			.setMaxResults(limit)
			.getResultList();
	}

	/** A language's live stories published since the given moment, newest first. */
	public List<NewsLink> liveSince(String language, Instant since, Instant now, int limit) {
		return this.entityManager.createQuery(
				"select new news.dateline.article.NewsLink(a.slug, a.headline, a.publishedAt) from Article a" + LIVE
						+ " and a.publishedAt >= :since order by a.language, a.status, a.publishedAt desc, a.id desc",
				NewsLink.class)
			.setParameter("language", language)
			.setParameter("now", now)
			.setParameter("since", since)
			.setMaxResults(limit)
			.getResultList();
	}

	/** The live stories of these translation groups: group, language and slug. */
	public List<Object[]> liveTranslations(Collection<Long> groups, Instant now) {
		if (groups.isEmpty()) {
			return List.of();
		}
		return this.entityManager.createQuery(
				"select a.translationGroup, a.language, a.slug from Article a" + " where a.translationGroup in :groups"
						+ " and a.status = news.dateline.article.ArticleStatus.PUBLISHED and a.publishedAt <= :now",
				Object[].class)
			.setParameter("groups", groups)
			.setParameter("now", now)
			.getResultList();
	}

}
