package news.dateline.live.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The entries of live stories. */
public interface LiveEntryRepository extends JpaRepository<LiveEntry, Long> {

	/** The newest entries (not pinned, not deleted), newest first. */
	@Query("select e from LiveEntry e where e.articleId = :articleId and e.deleted = false and e.pinned = false"
			+ " order by e.postedAt desc, e.id desc")
	List<LiveEntry> findNewest(Long articleId, Limit limit);

	/** The entries older than the given time and id, newest first. */
	@Query("select e from LiveEntry e where e.articleId = :articleId and e.deleted = false and e.pinned = false"
			+ " and (e.postedAt < :postedAt or (e.postedAt = :postedAt and e.id < :id))"
			+ " order by e.postedAt desc, e.id desc")
	List<LiveEntry> findOlder(Long articleId, Instant postedAt, Long id, Limit limit);

	@Query("select e from LiveEntry e where e.articleId = :articleId and e.deleted = false and e.pinned = true")
	List<LiveEntry> findPinned(Long articleId);

	@Query("select e from LiveEntry e where e.articleId = :articleId and e.deleted = false and e.keyTitle is not null"
			+ " order by e.postedAt desc, e.id desc")
	List<LiveEntry> findKeyEvents(Long articleId, Limit limit);

	/**
	 * Every entry written after the given number (deleted ones included), oldest first.
	 */
	@Query("select e from LiveEntry e where e.articleId = :articleId and e.seq > :seq order by e.seq")
	List<LiveEntry> findChangedAfter(Long articleId, long seq, Limit limit);

	/** The entries just newer than the given time and id, oldest first. */
	@Query("select e from LiveEntry e where e.articleId = :articleId and e.deleted = false and e.pinned = false"
			+ " and (e.postedAt > :postedAt or (e.postedAt = :postedAt and e.id > :id))" + " order by e.postedAt, e.id")
	List<LiveEntry> findNewer(Long articleId, Instant postedAt, Long id, Limit limit);

}
