package news.dateline.author.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import news.dateline.author.Author;

public interface AuthorRepository extends JpaRepository<Author, Long> {

	Optional<Author> findBySlug(String slug);

	boolean existsBySlugAndIdNot(String slug, Long id);

	List<Author> findBySlugGreaterThanOrderBySlug(String after, Limit limit);

	List<Author> findAllByOrderByNameAscIdAsc(Limit limit);

	@Query("select a.id, a.name from Author a where a.id in :ids")
	List<Object[]> findNames(Collection<Long> ids);

	@Query("select a.slug, a.name from Author a where a.slug in :slugs")
	List<Object[]> findNamesBySlug(Collection<String> slugs);

}
