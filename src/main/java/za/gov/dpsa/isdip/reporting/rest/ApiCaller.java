package za.gov.dpsa.isdip.reporting.rest;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;

import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.SystemClient;

/**
 * Who calls the reports API: a department's system, which reads its own department's reports (the department of its
 * token, never of the request), or DPSA's analytics client, which reads what every department submitted.
 */
record ApiCaller(SystemClient client) {

    static ApiCaller current() {
        return PortalUser.current().filter(SystemClient.class::isInstance).map(SystemClient.class::cast)
                .filter(c -> c.readsAcrossDepartments() || departmentOf(c).isPresent())
                .map(ApiCaller::new)
                .orElseThrow(() -> new AccessDeniedException("The reports API serves registered API clients only"));
    }

    boolean analytics() {
        return client.readsAcrossDepartments();
    }

    /** The department of a department client's token; empty for DPSA analytics. */
    Optional<String> department() {
        return analytics() ? Optional.empty() : departmentOf(client);
    }

    ApiCaller requireAnalytics() {
        if (!analytics()) {
            throw new AccessDeniedException("Only DPSA's analytics client reads across departments");
        }
        return this;
    }

    private static Optional<String> departmentOf(SystemClient client) {
        return client.roles().stream().anyMatch(PortalRole::isDepartmentRole) ? client.departmentId()
                : Optional.empty();
    }
}
