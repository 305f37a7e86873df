package za.gov.dpsa.isdip.tenancy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.tenancy.data.platform.DepartmentRepository;
import za.gov.dpsa.isdip.tenancy.data.platform.TenantAccessEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.TenantAccessRepository;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * DPSA's administration of the departments on the platform: onboarding, deactivating and reactivating (a
 * deactivated department's officials cannot work in the portal; its data is kept), and the health of each
 * department's database. DPSA super-admins only; every change is logged. A department's sign-on group and first
 * administrator are the accounts module's step after onboarding; it logs that step here.
 */
@Service
public class DepartmentAdministration {

    private final DepartmentOnboarding onboarding;
    private final DepartmentRepository departments;
    private final DepartmentDirectory directory;
    private final DepartmentDatabases databases;
    private final DepartmentAvailability availability;
    private final za.gov.dpsa.isdip.tenancy.database.DatabaseServers servers;
    private final TenantAccessRepository accessLog;
    private final TenantWork tenantWork;
    private final Clock clock;

    DepartmentAdministration(DepartmentOnboarding onboarding, DepartmentRepository departments,
                             DepartmentDirectory directory, DepartmentDatabases databases,
                             DepartmentAvailability availability,
                             za.gov.dpsa.isdip.tenancy.database.DatabaseServers servers,
                             TenantAccessRepository accessLog, TenantWork tenantWork, Clock clock) {
        this.availability = availability;
        this.servers = servers;
        this.onboarding = onboarding;
        this.departments = departments;
        this.directory = directory;
        this.databases = databases;
        this.accessLog = accessLog;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** Creates, migrates and registers a department; no restart. */
    public Department onboard(DepartmentDefinition definition) {
        return onboard(definition, (String) null);
    }

    /**
     * Creates, migrates and registers a department on the named database server ({@code null}: the one holding the
     * fewest departments); no restart.
     */
    public Department onboard(DepartmentDefinition definition, String databaseServer) {
        PortalUser user = superAdmin();
        Department department = onboarding.onboard(definition, databaseServer);
        log(user, department.id(), "ONBOARD", department.name() + " [" + department.databaseServer() + "]");
        return department;
    }

    /**
     * Refuses a department's details with the field at fault, before anything is created: for a caller that checks
     * more (the first administrator's account) before onboarding.
     */
    public void checkDefinition(DepartmentDefinition definition) {
        superAdmin();
        za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionValidator.validate(definition).ifPresent(problem -> {
            throw new DepartmentInputException(problem.field(), problem.message(), problem.messageKey(),
                    problem.arguments());
        });
    }

    /**
     * The department's first administrator was invited: {@code departmentRecord} writes that into the department's
     * own database, and the crossing is logged with the department's others. A logged DPSA action, so another
     * module need not enter the department on its own.
     */
    public void firstAdministratorInvited(String departmentId, TenantAccess.Invitation how, String username,
                                          Runnable departmentRecord) {
        PortalUser user = superAdmin();
        tenantWork.inDepartment(departmentId, () -> {
            departmentRecord.run();
            return null;
        });
        log(user, departmentId, "INVITE_ADMIN", TenantAccess.invitationReason(how, username));
    }

    public void deactivate(String departmentId, String reason) {
        PortalUser user = superAdmin();
        if (reason == null || reason.strip().length() < 10) {
            throw new IllegalArgumentException("A reason of at least 10 characters is required");
        }
        setActive(departmentId, false);
        log(user, departmentId, "DEACTIVATE", reason.strip());
    }

    public void reactivate(String departmentId) {
        PortalUser user = superAdmin();
        setActive(departmentId, true);
        log(user, departmentId, "REACTIVATE", "Reactivated");
    }

    /**
     * Health of every department's database, from database metadata and counts only, read on the server that
     * holds it. A department this instance does not serve shows its status and no figures.
     */
    public List<DepartmentHealth> health() {
        superAdmin();
        List<DepartmentHealth> result = new ArrayList<>();
        for (Department department : directory.all()) {
            DepartmentStatus status = availability.status(department.id());
            String detail = availability.detail(department.id()).orElse(null);
            if (!status.serving()) {
                result.add(new DepartmentHealth(department, department.databaseServer(), status, detail, 0, null, 0,
                        0, null));
                continue;
            }
            try {
                result.add(databases.withDepartmentConnection(department.id(), connection -> {
                    JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                    Integer changes = jdbc.queryForObject("select count(*) from DATABASECHANGELOG", Integer.class);
                    String latest = jdbc.query("select id from DATABASECHANGELOG order by orderexecuted desc limit 1",
                            rows -> rows.next() ? rows.getString(1) : null);
                    Long size = jdbc.queryForObject("select coalesce(sum(data_length + index_length), 0) from "
                            + "information_schema.tables where table_schema = database()", Long.class);
                    Long members = jdbc.queryForObject("select count(*) from department_member", Long.class);
                    Timestamp lastSeen = jdbc.queryForObject("select max(last_seen_at) from department_member",
                            Timestamp.class);
                    return new DepartmentHealth(department, department.databaseServer(), status, detail,
                            changes == null ? 0 : changes, latest, size == null ? 0 : size,
                            members == null ? 0 : members, lastSeen == null ? null : lastSeen.toInstant());
                }));
            } catch (java.sql.SQLException | org.springframework.dao.DataAccessException e) {
                // The server stopped answering since the last look: say so now; the availability check follows.
                result.add(new DepartmentHealth(department, department.databaseServer(), DepartmentStatus.UNAVAILABLE,
                        e.getMessage(), 0, null, 0, 0, null));
            }
        }
        return result;
    }

    /** The database servers departments may be placed on, by name, for the onboarding form. */
    public List<String> databaseServers() {
        superAdmin();
        return List.copyOf(servers.names());
    }

    private void setActive(String departmentId, boolean active) {
        tenantWork.inPlatform(() -> departments.findById(departmentId)
                .orElseThrow(() -> new IllegalArgumentException("No such department: " + departmentId))
                .setActive(active));
        directory.refresh();
    }

    private void log(PortalUser user, String departmentId, String action, String reason) {
        Instant now = clock.instant();
        tenantWork.inPlatform(() -> accessLog.save(new TenantAccessEntity(now, user.username(), departmentId, action,
                reason, null)));
    }

    private static PortalUser superAdmin() {
        return PortalUser.current().filter(u -> u.hasRole(PortalRole.DPSA_ADMIN))
                .orElseThrow(() -> new AccessDeniedException("Only DPSA super-admins administer departments"));
    }
}
