package za.gov.dpsa.isdip.integration.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import za.gov.dpsa.isdip.cases.CaseStatusChanged;
import za.gov.dpsa.isdip.cases.EscalationReplied;
import za.gov.dpsa.isdip.integration.data.both.WebhookEventEntity;
import za.gov.dpsa.isdip.integration.data.both.WebhookEventRepository;
import za.gov.dpsa.isdip.reporting.ReportStatusChanged;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Writes each event that webhooks report into the outbox of the database where the change happens, in the
 * change's own transaction: synchronous listeners ({@link EventListener}, not after commit, not asynchronous), and
 * {@link Propagation#MANDATORY}, so a publisher outside a transaction fails rather than writing half. A change
 * that rolls back takes its outbox row with it; one that commits keeps it until the delivery job fans it out.
 * <p>
 * A case's events happen in its department's database, so the department is the current tenant; escalation
 * replies and report status changes happen in the platform database and name their department.
 */
@Component
class WebhookOutbox {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WebhookEventRepository outbox;

    WebhookOutbox(WebhookEventRepository outbox) {
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(CaseStatusChanged event) {
        String departmentId = TenantContext.currentTenant();
        if (TenantContext.PLATFORM.equals(departmentId) || TenantContext.NONE.equals(departmentId)) {
            throw new IllegalStateException("A case status change outside a department's context: " + departmentId);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseReference", event.caseReference());
        data.put("fromStatus", event.fromStatus());
        data.put("toStatus", event.toStatus());
        data.put("actor", event.actor());
        write(WebhookEventType.CASE_STATUS_CHANGED, departmentId, event.caseReference(), data, event.occurredAt());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EscalationReplied event) {
        requirePlatform(event);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("caseReference", event.caseReference());
        write(WebhookEventType.ESCALATION_REPLIED, event.departmentId(), event.caseReference(), data,
                event.occurredAt());
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(ReportStatusChanged event) {
        requirePlatform(event);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("periodId", event.periodId());
        data.put("status", event.status());
        // One subject per department and period: its submissions and DPSA's decisions arrive in order.
        write(WebhookEventType.REPORT_STATUS_CHANGED, event.departmentId(),
                "report/" + event.departmentId() + "/" + event.periodId(), data, event.occurredAt());
    }

    private void write(WebhookEventType type, String departmentId, String subject, Map<String, Object> data,
                       java.time.Instant occurredAt) {
        outbox.save(new WebhookEventEntity(type.wireName(), departmentId, subject, JSON.writeValueAsString(data),
                occurredAt));
    }

    private static void requirePlatform(Object event) {
        if (!TenantContext.isPlatform()) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " outside the platform context");
        }
    }
}
