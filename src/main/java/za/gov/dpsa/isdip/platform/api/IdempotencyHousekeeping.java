package za.gov.dpsa.isdip.platform.api;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Forgets the API's stored answers once a client can no longer retry with their key ({@link IdempotentRequests#KEPT}),
 * in every department, once a night, on one instance (ClusterJobs).
 */
@Component
public class IdempotencyHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyHousekeeping.class);
    static final ClusterJobs.Job JOB = new ClusterJobs.Job("api.idempotency-housekeeping", Duration.ofHours(1),
            Duration.ofMinutes(5));

    private final IdempotentRequests requests;
    private final TenantWork tenantWork;
    private final ClusterJobs clusterJobs;

    IdempotencyHousekeeping(IdempotentRequests requests, TenantWork tenantWork, ClusterJobs clusterJobs) {
        this.requests = requests;
        this.tenantWork = tenantWork;
        this.clusterJobs = clusterJobs;
    }

    // Claimed in the platform database first (ClusterJobs): one instance runs it, the others skip.
    @Scheduled(cron = "${isdip.api.idempotency-housekeeping-cron:0 45 2 * * *}", zone = "Africa/Johannesburg")
    public ClusterJobs.Outcome scheduled() {
        return clusterJobs.run(JOB, this::forgetOldAnswers);
    }

    void forgetOldAnswers() {
        tenantWork.forEachDepartment(department -> {
            long forgotten = requests.forgetOld();
            if (forgotten > 0) {
                log.info("Forgot {} API answers older than {} in {}", forgotten, IdempotentRequests.KEPT,
                        department.id());
            }
        }, (department, failure) -> log.warn("API answers of {} not forgotten: {}", department.id(),
                failure.toString()));
    }
}
