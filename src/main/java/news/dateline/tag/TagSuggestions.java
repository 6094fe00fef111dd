package news.dateline.tag;

import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import news.dateline.security.CurrentActor;
import news.dateline.system.Like;

/**
 * Type-ahead for the article editor's tags: the names of existing tags that begin with
 * what the editor typed, A to Z, for signed-in staff. {@link TagService} reads and edits
 * tags.
 */
@Service
@Transactional(readOnly = true)
public class TagSuggestions {

	static final int LIMIT = 10;

	private final EntityManager entityManager;

	private final CurrentActor currentActor;

	TagSuggestions(EntityManager entityManager, CurrentActor currentActor) {
		this.entityManager = entityManager;
		this.currentActor = currentActor;
	}

	/**
	 * Up to ten tag names starting with {@code prefix} (any case); none for a blank one.
	 */
	public List<String> startingWith(String prefix) {
		this.currentActor.require();
		String start = (prefix == null) ? "" : prefix.strip().toLowerCase(Locale.ROOT);
		if (start.isEmpty() || start.length() > 80) {
			return List.of();
		}
		String pattern = Like.escape(start) + "%";
		return this.entityManager
			.createQuery("select t.name from Tag t where lower(t.name) like :pattern escape '\\' order by t.name",
					String.class)
			.setParameter("pattern", pattern)
			.setMaxResults(LIMIT)
			.getResultList();
	}

}
