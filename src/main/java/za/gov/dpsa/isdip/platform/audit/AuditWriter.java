package za.gov.dpsa.isdip.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Writes one audit entry on the connection of the change it records: the entry lands in the same database
 * (the department's own, or the platform's) and commits or rolls back with the change.
 */
public final class AuditWriter {

    private static final String INSERT = "insert into audit_event (occurred_at, username, tenant, action, entity_type,"
            + " entity_id, detail, client_address) values (?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditWriter() {
    }

    public static void write(Connection connection, String action, String entityType, Object entityId, String detail)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, PortalUser.current().map(PortalUser::username).orElse("system"));
            insert.setString(3, TenantContext.currentTenant());
            insert.setString(4, action);
            insert.setString(5, entityType);
            insert.setString(6, entityId == null ? null : String.valueOf(entityId));
            insert.setString(7, detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail);
            insert.setString(8, RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                    ? servlet.getRequest().getRemoteAddr() : null);
            insert.executeUpdate();
        }
    }
}
