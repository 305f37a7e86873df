package za.gov.dpsa.isdip.cases.data.department;

import java.util.List;

import org.springframework.data.repository.Repository;

/** Append-only log of views of personal information. */
public interface PersonalInfoAccessRepository extends Repository<PersonalInfoAccessEntity, Long> {

    PersonalInfoAccessEntity save(PersonalInfoAccessEntity entry);

    List<PersonalInfoAccessEntity> findByCaseIdOrderByViewedAtDesc(Long caseId);
}
