package za.gov.dpsa.isdip.cases.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationMessageRepository extends JpaRepository<EscalationMessageEntity, Long> {

    List<EscalationMessageEntity> findByEscalationIdOrderByIdAsc(Long escalationId);
}
