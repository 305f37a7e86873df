package za.gov.dpsa.isdip.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;

import org.hibernate.Session;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.audit.AuditWriter;
import za.gov.dpsa.isdip.platform.data.both.AuditEventEntity;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * The audit trail of the current context: creates, updates and deletes (recorded automatically for every
 * entity), views of personal information (recorded by the modules through {@link #record}). Department
 * administrators search their own department's; DPSA the platform's, or a department's after entering it.
 */
@Service
public class AuditTrail {

    public static final String VIEW_PERSONAL_INFORMATION = "VIEW_PERSONAL_INFORMATION";
    /** A download of records (CSV, XLSX, JSON, PDF): which, its scope, how many rows, which personal fields. */
    public static final String EXPORT = "EXPORT";
    /** The entity type of an export's entry; its id is the export's name. */
    public static final String EXPORT_TYPE = "Export";
    static final int MAX_RESULTS = 500;

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One entry a module records itself, in the current context and transaction. */
    @Transactional
    public void record(String action, String entityType, Object entityId, String detail) {
        entityManager.unwrap(Session.class).doWork(connection ->
                AuditWriter.write(connection, action, entityType, entityId, detail));
    }

    /**
     * Records an export in the current context (the department's trail, or the platform's for DPSA and trainers):
     * {@code export} names it (say {@code cases.csv}), {@code scope} says which records (a filter, a period, a
     * request's reference), {@code rows} how many, and {@code personalFields} the names (never the values) of the
     * personal information it carries, empty when it carries none.
     */
    @Transactional
    public void recordExport(String export, String scope, long rows, Collection<String> personalFields) {
        record(EXPORT, EXPORT_TYPE, export, exportDetail(scope, rows, personalFields));
    }

    /** The detail of an export's entry: rows, scope, then the personal fields (each once; cut last when long). */
    static String exportDetail(String scope, long rows, Collection<String> personalFields) {
        String fields = personalFields == null || personalFields.isEmpty() ? "none"
                : String.join(", ", new java.util.LinkedHashSet<>(personalFields));
        return "rows: " + rows + "; scope: " + (scope == null || scope.isBlank() ? "all" : scope.strip())
                + "; personal fields: " + fields;
    }

    /** An entry as the search shows it. */
    public record Entry(long id, Instant occurredAt, String username, String action, String entityType,
                        String entityId, String detail, String clientAddress) {
    }

    @Transactional(readOnly = true)
    public List<Entry> search(String text, String action, LocalDate from, LocalDate to) {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        boolean departmentAdmin = user.hasRole(PortalRole.DEPT_ADMIN) && user.workingDepartment().isPresent();
        boolean dpsa = user.hasRole(PortalRole.DPSA_ADMIN);
        if (!departmentAdmin && !dpsa || TenantContext.NONE.equals(TenantContext.currentTenant())) {
            throw new AccessDeniedException("The audit trail is for department administrators and DPSA");
        }
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(AuditEventEntity.class);
        var root = query.from(AuditEventEntity.class);
        {
            List<Predicate> predicates = new ArrayList<>();
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT) + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("username")), like),
                        cb.like(cb.lower(root.get("entityType")), like), cb.like(root.get("entityId"), like)));
            }
            if (action != null && !action.isBlank()) {
                predicates.add(cb.equal(root.get("action"), action));
            }
            if (from != null) {
                predicates.add(cb.greaterThanOrEqualTo(root.get("occurredAt"),
                        from.atStartOfDay(PortalTime.ZONE).toInstant()));
            }
            if (to != null) {
                predicates.add(cb.lessThan(root.get("occurredAt"),
                        to.plusDays(1).atStartOfDay(PortalTime.ZONE).toInstant()));
            }
            query.where(predicates.toArray(Predicate[]::new)).orderBy(cb.desc(root.get("id")));
        }
        return entityManager.createQuery(query).setMaxResults(MAX_RESULTS).getResultList().stream()
                .map(e -> new Entry(e.getId(), e.getOccurredAt(), e.getUsername(), e.getAction(), e.getEntityType(),
                        e.getEntityId(), e.getDetail(), e.getClientAddress()))
                .toList();
    }
}
