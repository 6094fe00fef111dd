package news.dateline.article.internal;

import java.util.Collection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import news.dateline.article.ArticleHeadline;
import news.dateline.article.ArticleTranslation;

public interface ArticleRepository extends JpaRepository<Article, Long> {

	@Query("select a from Article a left join fetch a.section where a.slug = :slug")
	Optional<Article> findBySlug(String slug);

	/**
	 * The story at this slug with what its page shows of it (section, bylines, sources
	 * and tags) read in the same statement.
	 */
	@Query("select a from Article a left join fetch a.section left join fetch a.bylines left join fetch a.sources"
			+ " left join fetch a.tags where a.slug = :slug")
	Optional<Article> findPageBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * The other stories of a translation group, in language order, live ones marked.
	 */
	@Query("select new news.dateline.article.ArticleTranslation(a.language, a.slug,"
			+ " case when a.status = news.dateline.article.ArticleStatus.PUBLISHED then true else false end,"
			+ " case when a.id = a.translationGroup then true else false end) from Article a"
			+ " where a.translationGroup = :group and a.id <> :id order by a.language")
	List<ArticleTranslation> findTranslations(Long group, Long id);

	/** The stories of a translation group, in language order. */
	List<Article> findByTranslationGroupOrderByLanguage(Long group);

	boolean existsByTranslationGroupAndLanguage(Long group, String language);

	/**
	 * Puts the stories in a translation group (none when {@code group} is null), without
	 * bumping their version: an editor's open form of either is still current.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Article a set a.translationGroup = :group where a.id in :ids")
	int setTranslationGroup(Collection<Long> ids, Long group);

	@Query(value = "select article_id from article_slug_history where slug = :slug", nativeQuery = true)
	Optional<Long> findIdByOldSlug(String slug);

	@Modifying
	@Query(value = "insert into article_slug_history (slug, article_id) values (:slug, :articleId)", nativeQuery = true)
	void rememberOldSlug(String slug, Long articleId);

	@Modifying
	@Query(value = "delete from article_slug_history where slug = :slug", nativeQuery = true)
	void forgetOldSlug(String slug);

	@Query(value = "select article_id from legacy_redirect where path = :path", nativeQuery = true)
	Optional<Long> findIdByLegacyPath(String path);

	@Query(value = "select count(*) > 0 from legacy_redirect where path = :path", nativeQuery = true)
	boolean existsLegacyPath(String path);

	@Modifying
	@Query(value = "insert into legacy_redirect (path, article_id) values (:path, :articleId)", nativeQuery = true)
	void rememberLegacyPath(String path, Long articleId);

	@Modifying
	@Query(value = "update article set comment_count = comment_count + :delta where id = :id", nativeQuery = true)
	void adjustCommentCount(Long id, int delta);

	@Modifying
	@Query(value = "update article set comment_count = (select count(*) from comment c where c.article_id = article.id"
			+ " and c.status = 'APPROVED') where id in (:ids)", nativeQuery = true)
	int recountComments(Collection<Long> ids);

	@Query("select new news.dateline.article.ArticleHeadline(a.id, a.slug, a.headline) from Article a where a.id in :ids")
	List<ArticleHeadline> findHeadlines(Collection<Long> ids);

	/**
	 * The story with its row locked until the transaction ends, so saves of one story
	 * queue up.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select a from Article a where a.id = :id")
	Optional<Article> findForUpdate(Long id);

	/** Scheduled and embargoed stories whose release time has come, earliest first. */
	@Query("select new news.dateline.article.internal.DueRelease(a.id, a.slug, a.releaseAt) from Article a"
			+ " where a.status in (news.dateline.article.ArticleStatus.SCHEDULED,"
			+ " news.dateline.article.ArticleStatus.EMBARGOED) and a.releaseAt <= :now order by a.releaseAt, a.id")
	List<DueRelease> findDue(Instant now, Limit limit);

	/**
	 * Puts one due story live, as of its release time, if it is still queued and due: the
	 * one statement that decides, so a story released by another node (or a second run)
	 * is left alone.
	 */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query("update Article a set a.status = news.dateline.article.ArticleStatus.PUBLISHED,"
			+ " a.publishedAt = a.releaseAt, a.updatedAt = a.releaseAt, a.releaseAt = null where a.id = :id"
			+ " and a.status in (news.dateline.article.ArticleStatus.SCHEDULED,"
			+ " news.dateline.article.ArticleStatus.EMBARGOED) and a.releaseAt <= :now")
	int release(Long id, Instant now);

	/**
	 * Marks the story modified (a correction) without changing the version editors' forms
	 * carry.
	 */
	@Modifying(flushAutomatically = true)
	@Query("update Article a set a.updatedAt = :at where a.id = :id")
	void markUpdated(Long id, Instant at);

}
