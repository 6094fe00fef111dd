package news.dateline.comment.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import news.dateline.comment.CommentStatus;

public interface CommentRepository extends JpaRepository<Comment, Long> {

	/** The approved comments of a story, plus the given held ones, oldest first. */
	@Query("select c from Comment c where c.articleId = :articleId and (c.status = news.dateline.comment.CommentStatus.APPROVED"
			+ " or (c.status = news.dateline.comment.CommentStatus.PENDING and c.id in :heldIds)) order by c.id")
	List<Comment> findThread(Long articleId, Collection<Long> heldIds);

	boolean existsByAuthorEmailAndStatus(String authorEmail, CommentStatus status);

	boolean existsByIpHashAndCreatedAtAfter(String ipHash, Instant since);

	boolean existsByAuthorEmailAndCreatedAtAfter(String authorEmail, Instant since);

	boolean existsByArticleIdAndAuthorEmailAndBody(Long articleId, String authorEmail, String body);

	long countByArticleIdAndStatus(Long articleId, CommentStatus status);

	/**
	 * The comments, their rows locked, so two moderators' decisions on one comment count
	 * once.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select c from Comment c where c.id in :ids order by c.id")
	List<Comment> findForUpdate(Collection<Long> ids);

	/** A page of one tab of the moderation queue, newest first. */
	List<Comment> findByStatusAndIdLessThanOrderByIdDesc(CommentStatus status, Long olderThan, Limit limit);

	@Query("select c.status, count(c) from Comment c group by c.status")
	List<Object[]> countByStatus();

	@Query("select count(c) from Comment c where c.status = :status")
	long countWithStatus(CommentStatus status);

	/**
	 * The stories of the newest comments (by id), to recount after a node stopped without
	 * writing its counts.
	 */
	@Query(value = "select distinct article_id from comment where id > (select coalesce(max(id), 0) - :newest from comment)",
			nativeQuery = true)
	List<Long> findStoriesOfNewestComments(int newest);

	@Query("select c from Comment c where c.status = news.dateline.comment.CommentStatus.PENDING "
			+ "and c.createdAt >= :from and c.createdAt < :to order by c.createdAt, c.id")
	List<Comment> findHeldBetween(Instant from, Instant to, Limit limit);

}
