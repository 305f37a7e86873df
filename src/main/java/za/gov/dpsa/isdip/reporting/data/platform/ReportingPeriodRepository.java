package za.gov.dpsa.isdip.reporting.data.platform;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Platform context only. */
public interface ReportingPeriodRepository extends JpaRepository<ReportingPeriodEntity, Long> {

    List<ReportingPeriodEntity> findAllByOrderByFiscalYearDescQuarterDesc();

    boolean existsByFiscalYearAndQuarter(int fiscalYear, int quarter);

    /** Sets only the flag: a due date DPSA changed meanwhile is not written back. */
    @Modifying
    @Query("update ReportingPeriodEntity p set p.draftsAssembled = true where p.id = :id")
    int markDraftsAssembled(long id);

    /** Raises the count of reminders sent to every department, never lowers it. */
    @Modifying
    @Query("update ReportingPeriodEntity p set p.remindersSent = :sent where p.id = :id and p.remindersSent < :sent")
    int markRemindersSent(long id, int sent);
}
