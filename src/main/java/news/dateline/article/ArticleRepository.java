package news.dateline.article;

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

}
