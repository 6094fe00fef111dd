package news.dateline.article;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

	@Query("select a from Article a left join fetch a.section where a.slug = :slug")
	Optional<Article> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query(value = "select article_id from article_slug_history where slug = :slug", nativeQuery = true)
	Optional<Long> findIdByOldSlug(String slug);

	@Modifying
	@Query(value = "insert into article_slug_history (slug, article_id) values (:slug, :articleId)", nativeQuery = true)
	void rememberOldSlug(String slug, Long articleId);

	@Modifying
	@Query(value = "delete from article_slug_history where slug = :slug", nativeQuery = true)
	void forgetOldSlug(String slug);

	@Modifying
	@Query(value = "update article set comment_count = comment_count + :delta where id = :id", nativeQuery = true)
	void adjustCommentCount(Long id, int delta);

	@Query("select new news.dateline.article.ArticleHeadline(a.id, a.slug, a.headline) from Article a where a.id in :ids")
	List<ArticleHeadline> findHeadlines(Collection<Long> ids);

}
