package news.dateline.tag.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import news.dateline.tag.Tag;

public interface TagRepository extends JpaRepository<Tag, Long> {

	Optional<Tag> findBySlug(String slug);

	Optional<Tag> findFirstByNameOrderById(String name);

	boolean existsBySlugAndIdNot(String slug, Long id);

	/** A page of tags by slug with their story counts: one query. */
	@Query(value = "select t.id, t.slug, t.name, (select count(*) from article_tag x where x.tag_id = t.id)"
			+ " from tag t where t.slug > :after order by t.slug limit :limit", nativeQuery = true)
	List<Object[]> findSummaries(String after, int limit);

	/** Tags the stories of one tag with another, skipping stories that carry both. */
	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "insert into article_tag (article_id, tag_id) select f.article_id, :into from article_tag f"
			+ " where f.tag_id = :from and not exists (select 1 from article_tag i where i.tag_id = :into"
			+ " and i.article_id = f.article_id)", nativeQuery = true)
	int copyArticles(Long from, Long into);

	@Modifying(flushAutomatically = true, clearAutomatically = true)
	@Query(value = "delete from article_tag where tag_id = :tagId", nativeQuery = true)
	int untagAll(Long tagId);

}
