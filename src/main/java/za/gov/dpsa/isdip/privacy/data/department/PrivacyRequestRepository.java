package za.gov.dpsa.isdip.privacy.data.department;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PrivacyRequestRepository extends JpaRepository<PrivacyRequestEntity, Long> {

    Optional<PrivacyRequestEntity> findByReference(String reference);

    List<PrivacyRequestEntity> findAllByOrderByIdDesc();

    @Query("select count(r) from PrivacyRequestEntity r where r.reference like :prefix%")
    long countByReferencePrefix(String prefix);

    @Query("""
            select r from PrivacyRequestEntity r where r.anonymisedAt is null and (lower(r.subjectName) = lower(:name)
              or r.subjectIdNumber = :idNumber or lower(r.subjectEmail) = :email)""")
    List<PrivacyRequestEntity> findAboutSubject(String name, String idNumber, String email);

    /** The references of closed requests past the cutoff and not yet anonymised, oldest first. */
    @Query("select r.reference from PrivacyRequestEntity r where r.closedAt < :cutoff and r.anonymisedAt is null "
            + "order by r.id")
    List<String> referencesClosedBefore(Instant cutoff, Limit limit);
}
