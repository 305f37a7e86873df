package za.gov.dpsa.isdip.reporting.data.department;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current department's drafts. */
public interface ReportDraftRepository extends JpaRepository<ReportDraftEntity, Long> {
}
