package za.gov.dpsa.isdip.standards.data.department;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

import za.gov.dpsa.isdip.standards.internal.ActionStatus;

/** The current department's action items. */
public interface ActionItemRepository extends JpaRepository<ActionItemEntity, Long> {

    List<ActionItemEntity> findAllByOrderByDueDateAscIdAsc();

    List<ActionItemEntity> findByStandardCodeOrderByDueDateAsc(String code);

    List<ActionItemEntity> findByStatusInOrderByDueDateAsc(Collection<ActionStatus> statuses);

    List<ActionItemEntity> findByOwnerUsernameAndStatusInOrderByDueDateAscIdAsc(String ownerUsername,
                                                                                Collection<ActionStatus> statuses);

    /** Actions not done, with an official as owner, due on or before the day: the reminders' candidates. */
    List<ActionItemEntity> findByOwnerUsernameIsNotNullAndStatusInAndDueDateLessThanEqualOrderByDueDateAscIdAsc(
            Collection<ActionStatus> statuses, java.time.LocalDate dueOnOrBefore);

    long countByStandardCodeAndStatusIn(String code, Collection<ActionStatus> statuses);
}
