package news.dateline.source.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import news.dateline.source.Source;

public interface SourceRepository extends JpaRepository<Source, Long> {

	Optional<Source> findBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	List<Source> findBySlugGreaterThanOrderBySlug(String after, Limit limit);

}
