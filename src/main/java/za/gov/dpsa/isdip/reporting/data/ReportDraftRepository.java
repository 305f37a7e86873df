package za.gov.dpsa.isdip.reporting.data;

import org.springframework.data.jpa.repository.JpaRepository;

/** The current department's drafts. */
public interface ReportDraftRepository extends JpaRepository<ReportDraftEntity, Long> {
}
