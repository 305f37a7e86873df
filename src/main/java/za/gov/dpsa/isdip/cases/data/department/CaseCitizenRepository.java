package za.gov.dpsa.isdip.cases.data.department;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.Query;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseCitizenRepository extends JpaRepository<CaseCitizenEntity, Long> {

    /** Cases whose citizen matches by whole name, identity number, email address or the phone's last 9 digits. */
    @Query(nativeQuery = true, value = """
            select c.case_id from case_citizen c where c.anonymised_at is null and (
              lower(c.full_name) = lower(:name)
              or (:idNumber <> '' and c.id_number = :idNumber)
              or (:email <> '' and lower(c.email) = :email)
              or (:phoneDigits <> '' and right(regexp_replace(c.phone, '[^0-9]', ''), 9) = :phoneDigits))
            order by c.case_id""")
    List<Long> findCaseIdsAboutSubject(String name, String idNumber, String email, String phoneDigits);

    /** References of cases closed before the cutoff whose citizen details are still held. */
    @Query(nativeQuery = true, value = """
            select s.reference from case_citizen c join support_case s on s.id = c.case_id
            where c.anonymised_at is null and s.closed_at < :cutoff order by s.id limit :limit""")
    List<String> referencesClosedBefore(Instant cutoff, int limit);
}
