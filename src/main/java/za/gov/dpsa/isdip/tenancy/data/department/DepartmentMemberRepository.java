package za.gov.dpsa.isdip.tenancy.data.department;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members of the department whose context the work runs in. */
public interface DepartmentMemberRepository extends JpaRepository<DepartmentMemberEntity, String> {

    List<DepartmentMemberEntity> findAllByOrderByDisplayNameAsc();

    @Query("select m from DepartmentMemberEntity m where lower(m.displayName) = lower(:name) or lower(m.email) = :email")
    List<DepartmentMemberEntity> findByNameOrEmail(String name, String email);

    @Query("select m.username from DepartmentMemberEntity m where m.lastSeenAt < :cutoff order by m.username")
    List<String> notSeenSince(Instant cutoff, Limit limit);
}
