package za.gov.dpsa.isdip.standards.data;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import za.gov.dpsa.isdip.standards.ActionStatus;

/** The current department's action items. */
public interface ActionItemRepository extends JpaRepository<ActionItemEntity, Long> {

    List<ActionItemEntity> findAllByOrderByDueDateAscIdAsc();

    List<ActionItemEntity> findByStandardCodeOrderByDueDateAsc(String code);

    List<ActionItemEntity> findByStatusInOrderByDueDateAsc(Collection<ActionStatus> statuses);

    long countByStandardCodeAndStatusIn(String code, Collection<ActionStatus> statuses);
}
