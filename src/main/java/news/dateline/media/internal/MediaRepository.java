package news.dateline.media.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Library images by id, storage key and search; and whether an article features one.
 */
public interface MediaRepository extends JpaRepository<MediaItem, Long> {

	Optional<MediaItem> findByStorageKey(String storageKey);

	@Query(value = "select m from MediaItem m where lower(m.altText) like :pattern escape '\\'"
			+ " or lower(coalesce(m.caption, '')) like :pattern escape '\\'"
			+ " or lower(m.displayName) like :pattern escape '\\'",
			countQuery = "select count(m) from MediaItem m where lower(m.altText) like :pattern escape '\\'"
					+ " or lower(coalesce(m.caption, '')) like :pattern escape '\\'"
					+ " or lower(m.displayName) like :pattern escape '\\'")
	Page<MediaItem> search(@Param("pattern") String pattern, Pageable pageable);

	@Query("select distinct m from MediaItem m left join fetch m.variants where m.id in :ids")
	List<MediaItem> findWithVariants(@Param("ids") Collection<Long> ids);

	List<MediaItem> findTop100ByOrderByUploadedAtDescIdDesc();

	/**
	 * Images whose rights ended by {@code now} and whose expiry the caches were not told
	 * yet.
	 */
	List<MediaItem> findByRightsExpireAtLessThanEqualAndExpiryAnnouncedAtIsNull(Instant now);

	@Query("select m.id from MediaItem m where m.rightsExpireAt <= :now and m.id > :after order by m.id")
	List<Long> findExpiredIds(@Param("now") Instant now, @Param("after") long after, Limit limit);

	@Query("select m.storageKey from MediaItem m where m.storageKey in :keys and m.rightsExpireAt <= :now")
	List<String> findExpiredKeys(@Param("keys") Collection<String> keys, @Param("now") Instant now);

	@Query(value = "select count(*) from article where image_media_id = :id", nativeQuery = true)
	long countArticlesFeaturing(@Param("id") Long id);

}
