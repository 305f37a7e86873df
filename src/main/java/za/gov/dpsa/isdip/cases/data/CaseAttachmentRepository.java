package za.gov.dpsa.isdip.cases.data;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseAttachmentRepository extends JpaRepository<CaseAttachmentEntity, Long> {

    /** The list without the file contents. */
    @Query("""
            select new za.gov.dpsa.isdip.cases.CaseAttachment(a.id, a.fileName, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from CaseAttachmentEntity a where a.caseId = :caseId order by a.id
            """)
    List<za.gov.dpsa.isdip.cases.CaseAttachment> listByCase(Long caseId);
}
