package za.gov.dpsa.isdip.cases.data.department;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseAttachmentRepository extends JpaRepository<CaseAttachmentEntity, Long> {

    /** The list without the file contents. */
    @Query("""
            select new za.gov.dpsa.isdip.cases.internal.CaseAttachment(a.id, a.fileName, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from CaseAttachmentEntity a where a.caseId = :caseId order by a.id
            """)
    List<za.gov.dpsa.isdip.cases.internal.CaseAttachment> listByCase(Long caseId);

    /** Files still held on the given cases, without their contents. */
    @Query("""
            select new za.gov.dpsa.isdip.cases.internal.CaseAttachment(a.id, a.fileName, a.contentType, a.sizeBytes,
                a.uploadedBy, a.uploadedAt)
            from CaseAttachmentEntity a where a.caseId in :caseIds and a.removedAt is null order by a.id
            """)
    List<za.gov.dpsa.isdip.cases.internal.CaseAttachment> listHeldByCases(java.util.Collection<Long> caseIds);

    /** Files still held on cases with a citizen that closed before the cutoff. */
    @Query(nativeQuery = true, value = """
            select a.id from case_attachment a join support_case s on s.id = a.case_id
            where s.has_citizen and s.closed_at < :cutoff and a.removed_at is null order by a.id limit :limit""")
    List<Long> heldOnCitizenCasesClosedBefore(java.time.Instant cutoff, int limit);
}
