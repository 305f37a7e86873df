package za.gov.dpsa.isdip.advocacy.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<CampaignEntity, Long> {

    List<CampaignEntity> findAllByOrderByStartsOnDesc();

    java.util.Optional<CampaignEntity> findFirstByName(String name);
}
