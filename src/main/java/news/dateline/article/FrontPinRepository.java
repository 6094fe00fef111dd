package news.dateline.article;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The pins of each front, by slot.
 */
interface FrontPinRepository extends JpaRepository<FrontPin, Long> {

	List<FrontPin> findBySectionIdOrderBySlot(long sectionId);

	List<FrontPin> findByArticleId(Long articleId);

}
