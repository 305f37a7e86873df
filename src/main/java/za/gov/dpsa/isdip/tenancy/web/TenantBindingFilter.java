package za.gov.dpsa.isdip.tenancy.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import com.vaadin.flow.server.VaadinService;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentEntry;
import za.gov.dpsa.isdip.tenancy.EndedKeycloakSessions;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.SystemClient;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Binds each request to the signed-in user's tenant, after Spring Security has restored the user. The tenant
 * comes from the token (the user's department), or for a DPSA super-admin from an audited entry; nothing in
 * the request itself can choose it.
 */
public class TenantBindingFilter extends OncePerRequestFilter {

    /** The request's tenant, for the operators' request metrics (tag {@code department}). */
    public static final String DEPARTMENT_ATTRIBUTE = TenantBindingFilter.class.getName() + ".department";

    private final DepartmentDirectory directory;
    private final DisabledAccounts disabledAccounts;
    private final RoleChanges roleChanges;
    private final EndedKeycloakSessions endedKeycloakSessions;

    public TenantBindingFilter(DepartmentDirectory directory, DisabledAccounts disabledAccounts,
                               RoleChanges roleChanges, EndedKeycloakSessions endedKeycloakSessions) {
        this.directory = directory;
        this.disabledAccounts = disabledAccounts;
        this.roleChanges = roleChanges;
        this.endedKeycloakSessions = endedKeycloakSessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication != null && authentication.getPrincipal() instanceof PortalUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (user instanceof SystemClient system) {
            // An API call: stateless, its token checked against the register of clients on this very request.
            String tenant = system.homeTenant();
            request.setAttribute(DEPARTMENT_ATTRIBUTE, tenant);
            try (TenantContext.Scope ignored = TenantContext.bind(tenant)) {
                chain.doFilter(request, response);
            }
            return;
        }
        String tenant = user.homeTenant();
        if (disabledAccounts.isDisabled(user.username()) || user.departmentId().filter(tenant::equals).isPresent()
                && directory.find(tenant).filter(Department::active).isEmpty()
                || roleChanges.outdated(user.username(), tokenIssuedAt(user), request.getSession(false))
                || endedKeycloakSessions.ended(user, request.getSession(false))) {
            // The department was deactivated, the account disabled or its roles changed: end the session; signing in
            // again finds no active department, or Keycloak refuses the disabled account, or the new token carries
            // the new roles. Its Keycloak session ended (on any instance): Keycloak asks the user to sign in.
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            // The open page's own requests get Vaadin's answers for an ended session, which make the page reload
            // through sign-in; a redirect would only leave the page saying the connection was lost.
            String vaadinRequest = request.getParameter("v-r");
            if ("uidl".equals(vaadinRequest)) {
                response.setHeader("Cache-Control", "no-cache");
                response.setContentType("application/json; charset=UTF-8");
                response.getWriter().write(VaadinService.createSessionExpiredJSON(false));
                return;
            }
            if ("heartbeat".equals(vaadinRequest) || "upload".equals(vaadinRequest)) {
                // A heartbeat or an upload: Vaadin's client reads 410 Gone as the session's end.
                response.sendError(HttpServletResponse.SC_GONE, "Session expired");
                return;
            }
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        if (user.hasRole(PortalRole.DPSA_ADMIN)) {
            HttpSession session = request.getSession(false);
            Object entered = session == null ? null : session.getAttribute(DepartmentEntry.SESSION_ATTRIBUTE);
            if (entered instanceof String departmentId) {
                tenant = departmentId;
            }
        }
        request.setAttribute(DEPARTMENT_ATTRIBUTE, tenant);
        try (TenantContext.Scope ignored = TenantContext.bind(tenant)) {
            chain.doFilter(request, response);
        }
    }

    private static java.time.Instant tokenIssuedAt(PortalUser user) {
        return user.getIdToken() == null ? null : user.getIdToken().getIssuedAt();
    }
}
