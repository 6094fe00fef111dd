package news.dateline.live.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Live stories by their article's id. */
public interface LiveStoryRepository extends JpaRepository<LiveStory, Long> {

	/**
	 * The live story with its row locked until the transaction ends, so writes to its
	 * entries queue up and take their numbers in commit order.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from LiveStory s where s.articleId = :articleId")
	Optional<LiveStory> findForUpdate(Long articleId);

	@Query("select s.articleId from LiveStory s where s.articleId in :ids and s.endedAt is null")
	List<Long> findLiveIds(Collection<Long> ids);

}
