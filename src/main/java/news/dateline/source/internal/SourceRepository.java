package news.dateline.source.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import news.dateline.source.Source;

public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	List<Source> findBySlugGreaterThanOrderBySlug(String after, Limit limit);

	/** Changes a source's name and attribution in a language; 0 when none there yet. */
	@Modifying
	@Query(value = "update source_translation set name = :name, attribution = :attribution"
			+ " where source_id = :sourceId and language = :language", nativeQuery = true)
	int updateTranslation(Long sourceId, String language, String name, String attribution);

	@Modifying
	@Query(value = "insert into source_translation (source_id, language, name, attribution)"
			+ " values (:sourceId, :language, :name, :attribution)", nativeQuery = true)
	int insertTranslation(Long sourceId, String language, String name, String attribution);

}
