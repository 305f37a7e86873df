package za.gov.dpsa.isdip.advocacy.data.department;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ActivityRepository extends JpaRepository<ActivityEntity, Long> {

    List<ActivityEntity> findAllByOrderByHeldOnDescIdDesc();

    List<ActivityEntity> findByCampaignIdOrderByHeldOnDescIdDesc(long campaignId);

    long countByHeldOnBetween(LocalDate from, LocalDate to);

    @Query("select coalesce(sum(a.peopleReached), 0) from ActivityEntity a where a.heldOn between ?1 and ?2")
    long peopleReachedBetween(LocalDate from, LocalDate to);

    List<ActivityEntity> findByHeldOnBetweenOrderByHeldOnDescIdDesc(LocalDate from, LocalDate to, Limit limit);
}
