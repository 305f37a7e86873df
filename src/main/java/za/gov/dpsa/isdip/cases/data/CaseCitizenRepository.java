package za.gov.dpsa.isdip.cases.data;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseCitizenRepository extends JpaRepository<CaseCitizenEntity, Long> {
}
