package za.gov.dpsa.isdip.tenancy;

import java.time.Clock;
import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import za.gov.dpsa.isdip.tenancy.data.platform.TenantAccessEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.TenantAccessRepository;

/**
 * A DPSA super-admin entering one department's context, and leaving it: explicit, with a reason, and logged.
 * The choice lives in the super-admin's own session; from the next request on, their work runs in that
 * department's database.
 */
@Service
public class DepartmentEntry {

    /** Session attribute read by the request filter; only this class writes it. */
    public static final String SESSION_ATTRIBUTE = DepartmentEntry.class.getName() + ".entered";

    private final DepartmentDirectory directory;
    private final TenantAccessRepository accessLog;
    private final TenantWork tenantWork;
    private final Clock clock;

    DepartmentEntry(DepartmentDirectory directory, TenantAccessRepository accessLog, TenantWork tenantWork,
                    Clock clock) {
        this.directory = directory;
        this.accessLog = accessLog;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    public void enter(String departmentId, String reason) {
        PortalUser user = currentSuperAdmin();
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to enter a department");
        }
        Department department = directory.find(departmentId)
                .orElseThrow(() -> new IllegalArgumentException("No such department: " + departmentId));
        log(user, department.id(), "ENTER", reason.strip());
        requestAttributes().setAttribute(SESSION_ATTRIBUTE, department.id(), RequestAttributes.SCOPE_SESSION);
    }

    public void leave() {
        PortalUser user = currentSuperAdmin();
        entered().ifPresent(id -> log(user, id, "LEAVE", "Returned to the platform context"));
        requestAttributes().removeAttribute(SESSION_ATTRIBUTE, RequestAttributes.SCOPE_SESSION);
    }

    /** The latest crossings, newest first: for DPSA's console. */
    public java.util.List<TenantAccess> recent() {
        currentSuperAdmin();
        return tenantWork.inPlatform(() -> accessLog.findTop50ByOrderByOccurredAtDesc().stream()
                .map(e -> TenantAccess.of(e.getOccurredAt(), e.getUsername(), e.getDepartmentId(), e.getAction(),
                        e.getReason()))
                .toList());
    }

    /** The department the current super-admin has entered, if any. */
    public Optional<String> entered() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) attributes.getAttribute(SESSION_ATTRIBUTE, RequestAttributes.SCOPE_SESSION));
    }

    private void log(PortalUser user, String departmentId, String action, String reason) {
        String address = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : null;
        tenantWork.inPlatform(() -> accessLog.save(new TenantAccessEntity(clock.instant(), user.username(),
                departmentId, action, reason, address)));
    }

    private static PortalUser currentSuperAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user
                && user.hasRole(PortalRole.DPSA_ADMIN)) {
            return user;
        }
        throw new AccessDeniedException("Only a DPSA super-admin may enter a department");
    }

    private static RequestAttributes requestAttributes() {
        return RequestContextHolder.currentRequestAttributes();
    }
}
