package za.gov.dpsa.isdip.integration.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryEntity.Status;
import za.gov.dpsa.isdip.integration.data.platform.WebhookDeliveryRepository;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * The delivery log as administrators read it: a department administrator the deliveries to their own
 * department's API clients, a DPSA super-admin every department's and those to DPSA's analytics clients.
 */
@Service
public class WebhookDeliveryLog {

    static final int MAX_ROWS = 500;

    /** One delivery as the log shows it; no body, no URL, no secret. */
    public record Entry(long id, Instant occurredAt, String departmentId, String clientId, String eventType,
                        String subject, Status status, int attempts, Integer lastStatusCode, String lastError,
                        Instant nextAttemptAt, Instant deliveredAt) {

        /** Whether an administrator may send it again at once. */
        public boolean retryable() {
            return status == Status.FAILING || status == Status.GAVE_UP;
        }
    }

    private final WebhookDeliveryRepository deliveries;
    private final TenantWork tenantWork;
    private final AuditTrail auditTrail;
    private final Clock clock;

    WebhookDeliveryLog(WebhookDeliveryRepository deliveries, TenantWork tenantWork, AuditTrail auditTrail,
                       Clock clock) {
        this.deliveries = deliveries;
        this.tenantWork = tenantWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /** The newest deliveries in the user's scope, at most {@value #MAX_ROWS}; {@code status} null for all. */
    public List<Entry> recent(Status status) {
        Optional<String> department = scope();
        Limit limit = Limit.of(MAX_ROWS);
        return tenantWork.inPlatform(() -> {
            List<WebhookDeliveryEntity> rows;
            if (department.isPresent()) {
                rows = status == null ? deliveries.findByDepartmentIdOrderByIdDesc(department.get(), limit)
                        : deliveries.findByDepartmentIdAndStatusOrderByIdDesc(department.get(), status, limit);
            } else {
                rows = status == null ? deliveries.findAllByOrderByIdDesc(limit)
                        : deliveries.findByStatusOrderByIdDesc(status, limit);
            }
            return rows.stream().map(WebhookDeliveryLog::entry).toList();
        });
    }

    /**
     * Sends a failing or given-up delivery at the job's next run. Recorded in the audit trail of the user's context
     * (the department's for its administrator) before the delivery changes; if the change fails, neither stays.
     */
    @Transactional
    public void retryNow(long id) {
        Optional<String> department = scope();
        Entry entry = tenantWork.inPlatform(() -> deliveries.findById(id)
                .filter(d -> department.isEmpty() || department.get().equals(d.getDepartmentId()))
                .map(WebhookDeliveryLog::entry)
                .orElseThrow(() -> new NotFound("No webhook delivery " + id + " in this department")));
        if (!entry.retryable()) {
            throw new Conflict("Webhook delivery " + id + " is " + entry.status());
        }
        auditTrail.record("UPDATE", "WebhookDelivery", id, "Retry now requested (" + entry.clientId() + ", "
                + entry.eventType() + ", " + entry.subject() + ", " + entry.status() + ")");
        tenantWork.inPlatform(() -> deliveries.findById(id).orElseThrow().retryNow(clock.instant()));
    }

    /** Empty for DPSA (every delivery); the administrator's own department otherwise. */
    private static Optional<String> scope() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (user.hasRole(PortalRole.DPSA_ADMIN)) {
            return Optional.empty();
        }
        if (user.hasRole(PortalRole.DEPT_ADMIN) && user.workingDepartment().isPresent()) {
            return user.workingDepartment();
        }
        throw new AccessDeniedException("Only administrators read the webhook delivery log");
    }

    private static Entry entry(WebhookDeliveryEntity d) {
        return new Entry(d.getId(), d.getOccurredAt(), d.getDepartmentId(), d.getClientId(), d.getEventType(),
                d.getSubject(), d.getStatus(), d.getAttempts(), d.getLastStatusCode(), d.getLastError(),
                d.getNextAttemptAt(), d.getDeliveredAt());
    }
}
