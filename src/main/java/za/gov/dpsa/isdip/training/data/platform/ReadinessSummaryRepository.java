package za.gov.dpsa.isdip.training.data.platform;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ReadinessSummaryRepository extends JpaRepository<ReadinessSummaryEntity, String> {
}
