package news.dateline.user.internal;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import news.dateline.security.Role;

public interface StaffUserRepository extends JpaRepository<StaffUser, Long> {

	/**
	 * The account, its row locked until the transaction ends, so nodes count failures one
	 * at a time.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from StaffUser u where u.email = :email")
	Optional<StaffUser> findForSignIn(String email);

	@Query("select u.id from StaffUser u where lower(u.email) = :email")
	Optional<Long> findIdByEmail(String email);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select u from StaffUser u where u.id = :id")
	Optional<StaffUser> findForUpdate(Long id);

	boolean existsByEmail(String email);

	Optional<StaffUser> findByEmail(String email);

	long countByRoleAndEnabledTrue(Role role);

	List<StaffUser> findAllByOrderByDisplayNameAscIdAsc(Limit limit);

	List<StaffUser> findByEnabledTrueOrderByDisplayNameAscIdAsc(Limit limit);

}
