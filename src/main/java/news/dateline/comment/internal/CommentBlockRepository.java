package news.dateline.comment.internal;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import news.dateline.comment.BlockKind;

public interface CommentBlockRepository extends JpaRepository<CommentBlock, Long> {

	@Query("select count(b) > 0 from CommentBlock b where (b.kind = news.dateline.comment.BlockKind.EMAIL"
			+ " and b.blockValue = :email) or (b.kind = news.dateline.comment.BlockKind.IP_HASH and b.blockValue = :ipHash)")
	boolean isBlocked(String email, String ipHash);

	boolean existsByKindAndBlockValue(BlockKind kind, String blockValue);

	List<CommentBlock> findAllByOrderByIdDesc(Limit limit);

}
