package za.gov.dpsa.isdip.tenancy.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Members of the department whose context the work runs in. */
public interface DepartmentMemberRepository extends JpaRepository<DepartmentMemberEntity, String> {

    List<DepartmentMemberEntity> findAllByOrderByDisplayNameAsc();
}
