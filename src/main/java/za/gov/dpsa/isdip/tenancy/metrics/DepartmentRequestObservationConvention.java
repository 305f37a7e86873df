package za.gov.dpsa.isdip.tenancy.metrics;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.common.KeyValues;

import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;

import za.gov.dpsa.isdip.tenancy.TenantContext;
import za.gov.dpsa.isdip.tenancy.web.TenantBindingFilter;

/**
 * {@code http.server.requests} with two more low-cardinality tags: {@code department}, the tenant the request was
 * bound to (a department id, {@code platform}, or {@code none} before sign-in), and {@code vaadin}, what kind of
 * request it was. Every Vaadin request has the same URI, so without the second tag a page load, a UI round trip and
 * a heartbeat would be one figure.
 */
class DepartmentRequestObservationConvention extends DefaultServerRequestObservationConvention {

    static final String DEPARTMENT = "department";
    static final String VAADIN = "vaadin";

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        HttpServletRequest request = context.getCarrier();
        return super.getLowCardinalityKeyValues(context)
                .and(DEPARTMENT, department(request))
                .and(VAADIN, RequestKind.of(request).tag());
    }

    /** Read when the request is done, so the tenant bound during the request is there. */
    static String department(HttpServletRequest request) {
        return request != null && request.getAttribute(TenantBindingFilter.DEPARTMENT_ATTRIBUTE) instanceof String tenant
                ? tenant : TenantContext.NONE;
    }
}
