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

}
