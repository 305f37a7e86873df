package za.gov.dpsa.isdip.privacy.data;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionRunRepository extends JpaRepository<RetentionRunEntity, Long> {

    List<RetentionRunEntity> findByDepartmentIdOrderByIdDesc(String departmentId, Limit limit);

    List<RetentionRunEntity> findAllByOrderByIdDesc(Limit limit);
}
