package za.gov.dpsa.isdip.cases.data.department;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import za.gov.dpsa.isdip.cases.internal.CaseStatus;

/** Cases of the department whose context the work runs in. */
public interface SupportCaseRepository extends JpaRepository<SupportCaseEntity, Long>,
        JpaSpecificationExecutor<SupportCaseEntity> {

    java.util.Optional<SupportCaseEntity> findByReference(String reference);

    @Query("select c.status, count(c) from SupportCaseEntity c group by c.status")
    List<Object[]> countByStatus();

    /** Open cases past their resolution target (flagged by the sweep, or due before now and still running). */
    @Query("""
            select count(c) from SupportCaseEntity c
            where c.status in :open
              and (c.breached = true or (c.status in :running and c.resolutionDueAt < :now))
            """)
    long countBreachedOpen(List<CaseStatus> open, List<CaseStatus> running, Instant now);

    @Query("select c.createdAt, c.resolvedAt from SupportCaseEntity c where c.resolvedAt >= :since or c.createdAt >= :since")
    List<Object[]> activitySince(Instant since);

    @Query("select count(c) from SupportCaseEntity c where c.createdAt >= :from and c.createdAt < :to")
    long countOpenedBetween(Instant from, Instant to);

    @Query("select count(c) from SupportCaseEntity c where c.resolvedAt >= :from and c.resolvedAt < :to")
    long countResolvedBetween(Instant from, Instant to);

    @Query("""
            select count(c) from SupportCaseEntity c
            where c.resolvedAt >= :from and c.resolvedAt < :to and c.resolvedAt <= c.resolutionDueAt
            """)
    long countResolvedWithinSlaBetween(Instant from, Instant to);

    @Query("""
            select count(c) from SupportCaseEntity c
            where c.createdAt >= :from and c.createdAt < :to and c.escalated = true
            """)
    long countEscalatedOpenedBetween(Instant from, Instant to);

    @Query("select c.createdAt, c.resolvedAt from SupportCaseEntity c where c.resolvedAt >= :from and c.resolvedAt < :to")
    List<Object[]> resolutionsBetween(Instant from, Instant to);

    @Query("""
            select c.reference, c.title from SupportCaseEntity c
            where (:kind = 'opened' and c.createdAt >= :from and c.createdAt < :to)
               or (:kind = 'resolved' and c.resolvedAt >= :from and c.resolvedAt < :to)
               or (:kind = 'withinSla' and c.resolvedAt >= :from and c.resolvedAt < :to
                   and c.resolvedAt <= c.resolutionDueAt)
               or (:kind = 'escalated' and c.createdAt >= :from and c.createdAt < :to and c.escalated = true)
            order by c.id
            """)
    List<Object[]> sourcesBetween(String kind, Instant from, Instant to, org.springframework.data.domain.Limit limit);

    /** Running cases whose resolution is due before the horizon: the SLA sweep's candidates. */
    @Query("""
            select c from SupportCaseEntity c
            where c.status in :running and c.breached = false and c.resolutionDueAt < :horizon
            """)
    List<SupportCaseEntity> dueBefore(List<CaseStatus> running, Instant horizon);
}
