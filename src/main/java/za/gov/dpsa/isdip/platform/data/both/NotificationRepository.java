package za.gov.dpsa.isdip.platform.data.both;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Notifications of the current context (a department, or the platform). */
public interface NotificationRepository extends JpaRepository<NotificationEntity, Long> {

    List<NotificationEntity> findTop30ByRecipientInOrderByCreatedAtDesc(Collection<String> recipients);

    long countByRecipientInAndReadAtIsNull(Collection<String> recipients);

    List<NotificationEntity> findByRecipientInAndReadAtIsNull(Collection<String> recipients);
}
