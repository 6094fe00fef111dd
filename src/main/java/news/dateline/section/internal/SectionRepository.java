package news.dateline.section.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import news.dateline.section.Section;

public interface SectionRepository extends JpaRepository<Section, Long> {

	List<Section> findAllByOrderByPositionAscNameAsc();

	Optional<Section> findBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	/** Renames a section in a language; 0 when it has no name there yet. */
	@Modifying
	@Query(value = "update section_translation set slug = :slug, name = :name, description = :description"
			+ " where section_id = :sectionId and language = :language", nativeQuery = true)
	int updateTranslation(Long sectionId, String language, String slug, String name, String description);

	@Modifying
	@Query(value = "insert into section_translation (section_id, language, slug, name, description)"
			+ " values (:sectionId, :language, :slug, :name, :description)", nativeQuery = true)
	int insertTranslation(Long sectionId, String language, String slug, String name, String description);

}
