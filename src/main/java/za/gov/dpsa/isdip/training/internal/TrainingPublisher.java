package za.gov.dpsa.isdip.training.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.training.data.department.EnrolmentEntity;
import za.gov.dpsa.isdip.training.data.department.EnrolmentRepository;
import za.gov.dpsa.isdip.training.data.department.ReadinessResponseEntity;
import za.gov.dpsa.isdip.training.data.department.ReadinessResponseRepository;
import za.gov.dpsa.isdip.training.data.platform.CertificateRecordEntity;
import za.gov.dpsa.isdip.training.data.platform.CertificateRecordRepository;
import za.gov.dpsa.isdip.training.data.platform.ReadinessSummaryEntity;
import za.gov.dpsa.isdip.training.data.platform.ReadinessSummaryRepository;
import za.gov.dpsa.isdip.training.data.platform.SummaryEntity;
import za.gov.dpsa.isdip.training.data.platform.SummaryRepository;

/**
 * What a department publishes to the platform about its learning: counts per course, readiness averages and the
 * verification record of each certificate. Counted in the department's own transaction, written to the platform
 * once that transaction has committed, so the platform never shows what the department rolled back. Trainers and
 * DPSA read only these, never a department's database.
 */
@Component
class TrainingPublisher {

    private static final Logger log = LoggerFactory.getLogger(TrainingPublisher.class);
    /** Fewer responses than this and a department's averages would come close to naming someone: none are shown. */
    static final int MIN_READINESS_RESPONSES = 3;
    /** The nightly recount: minutes over every department. */
    static final ClusterJobs.Job RECOUNT = new ClusterJobs.Job("training.recount", Duration.ofHours(1),
            Duration.ofMinutes(10));

    private final EnrolmentRepository enrolments;
    private final ReadinessResponseRepository readiness;
    private final SummaryRepository summaries;
    private final ReadinessSummaryRepository readinessSummaries;
    private final CertificateRecordRepository certificates;
    private final TenantWork tenantWork;
    private final ClusterJobs clusterJobs;
    private final Clock clock;

    TrainingPublisher(EnrolmentRepository enrolments, ReadinessResponseRepository readiness,
                      SummaryRepository summaries, ReadinessSummaryRepository readinessSummaries,
                      CertificateRecordRepository certificates, TenantWork tenantWork, ClusterJobs clusterJobs,
                      Clock clock) {
        this.enrolments = enrolments;
        this.readiness = readiness;
        this.summaries = summaries;
        this.readinessSummaries = readinessSummaries;
        this.certificates = certificates;
        this.tenantWork = tenantWork;
        this.clusterJobs = clusterJobs;
        this.clock = clock;
    }

    /** Counts the course's enrolments in the current department now; publishes them after commit. */
    void courseChanged(String departmentId, long courseId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            enrolments.flush();
        }
        int[] counts = counts(enrolments.findByCourseId(courseId));
        afterCommit(() -> writeSummary(departmentId, courseId, counts));
    }

    void readinessChanged(String departmentId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            readiness.flush();
        }
        List<ReadinessResponseEntity> all = readiness.findAll();
        BigDecimal[] averages = averages(all);
        int responses = all.size();
        afterCommit(() -> tenantWork.inPlatform(() -> {
            ReadinessSummaryEntity summary = readinessSummaries.findById(departmentId)
                    .orElseGet(() -> new ReadinessSummaryEntity(departmentId));
            summary.update(responses, averages, clock.instant());
            readinessSummaries.save(summary);
        }));
    }

    void certificateIssued(String departmentId, long courseId, Certificate certificate) {
        afterCommit(() -> tenantWork.inPlatform(() -> {
            certificates.save(new CertificateRecordEntity(certificate.code(), certificate.holderName(),
                    certificate.courseTitle(), certificate.completedOn(), departmentId, courseId, clock.instant()));
        }));
    }

    /** The averages of each ADKAR element, or null below the minimum number of responses. */
    static BigDecimal[] averages(List<ReadinessResponseEntity> responses) {
        if (responses.size() < MIN_READINESS_RESPONSES) {
            return null;
        }
        BigDecimal[] averages = new BigDecimal[5];
        for (int i = 0; i < 5; i++) {
            final int element = i;
            double average = responses.stream().mapToInt(r -> r.scores()[element]).average().orElse(0);
            averages[i] = BigDecimal.valueOf(average).setScale(2, RoundingMode.HALF_UP);
        }
        return averages;
    }

    /**
     * Overdue changes with the calendar, not only with what officials do: every department recounts nightly, and
     * repairs anything a failed publication left out. Claimed in the platform database first (ClusterJobs): one
     * instance runs it, the others skip.
     */
    @Scheduled(cron = "${isdip.training.recount-cron:0 15 0 * * *}", zone = "Africa/Johannesburg")
    ClusterJobs.Outcome scheduledRecount() {
        return clusterJobs.run(RECOUNT, this::recountEveryDepartment);
    }

    /** Every department; throws at the end, after the others were recounted, when one could not be. */
    void recountEveryDepartment() {
        List<String> failed = new ArrayList<>();
        tenantWork.forEachDepartment(department -> {
            for (Long courseId : enrolments.courseIds()) {
                int[] counts = counts(enrolments.findByCourseId(courseId));
                writeSummary(department.id(), courseId, counts);
            }
            // A certificate whose verification record could not be written at completion gets it now.
            List<EnrolmentEntity> certified = enrolments.findByCertificateCodeNotNull();
            tenantWork.inPlatform(() -> {
                for (EnrolmentEntity e : certified) {
                    if (!certificates.existsById(e.getCertificateCode())) {
                        certificates.save(new CertificateRecordEntity(e.getCertificateCode(), e.getDisplayName(),
                                e.getCourseTitle(), e.getCompletedAt().atZone(PortalTime.ZONE)
                                .toLocalDate(), department.id(), e.getCourseId(), clock.instant()));
                    }
                }
            });
        }, (department, failure) -> {
            log.warn("Could not recount training of {}: {}", department.id(), failure.toString());
            failed.add(department.id());
        });
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Training not recounted in " + failed);
        }
    }

    /** enrolled, in progress, completed, overdue. */
    private int[] counts(List<EnrolmentEntity> list) {
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        int completed = (int) list.stream().filter(e -> e.getCompletedAt() != null).count();
        int overdue = (int) list.stream().filter(e -> e.isOverdue(today)).count();
        return new int[] {list.size(), list.size() - completed, completed, overdue};
    }

    private void writeSummary(String departmentId, long courseId, int[] counts) {
        try {
            saveSummary(departmentId, courseId, counts);
        } catch (DataIntegrityViolationException writtenMeanwhile) {
            // A publication and the recount created the row at the same moment: update the one that is there.
            saveSummary(departmentId, courseId, counts);
        }
    }

    private void saveSummary(String departmentId, long courseId, int[] counts) {
        tenantWork.inPlatform(() -> {
            SummaryEntity summary = summaries.findByDepartmentIdAndCourseId(departmentId, courseId)
                    .orElseGet(() -> new SummaryEntity(departmentId, courseId));
            summary.update(counts[0], counts[1], counts[2], counts[3], clock.instant());
            summaries.saveAndFlush(summary);
        });
    }

    private static void afterCommit(Runnable work) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publish(work);
                }
            });
        } else {
            publish(work);
        }
    }

    /**
     * The department's change is committed whatever happens here: two officials of a department enrolling at the
     * same moment may race to create the same counts row, so a failure is tried once more, then left to the nightly
     * recount rather than shown to the official.
     */
    private static void publish(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException first) {
            try {
                work.run();
            } catch (RuntimeException second) {
                log.warn("Could not publish training figures now; the nightly recount will: {}", second.getMessage());
            }
        }
    }
}
