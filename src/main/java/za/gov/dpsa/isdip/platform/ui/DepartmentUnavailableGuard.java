package za.gov.dpsa.isdip.platform.ui;

import java.util.Set;

import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import za.gov.dpsa.isdip.tenancy.DepartmentAvailability;
import za.gov.dpsa.isdip.tenancy.TenantContext;

/**
 * Sends every navigation of an official whose department is not served right now (schema being migrated, database
 * server down) to {@link DepartmentUnavailableView}, instead of letting a view fail on its first query. Views that
 * read no department data stay reachable.
 */
@Component
class DepartmentUnavailableGuard implements VaadinServiceInitListener {

    private static final Set<Class<?>> WITHOUT_DEPARTMENT_DATA = Set.of(DepartmentUnavailableView.class,
            NotAssignedView.class, NotFoundView.class, AccessDeniedView.class);

    private final DepartmentAvailability availability;

    DepartmentUnavailableGuard(DepartmentAvailability availability) {
        this.availability = availability;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (WITHOUT_DEPARTMENT_DATA.contains(event.getNavigationTarget())) {
            return;
        }
        String tenant = TenantContext.currentTenant();
        if (TenantContext.PLATFORM.equals(tenant) || TenantContext.NONE.equals(tenant)) {
            return;
        }
        if (!availability.serving(tenant)) {
            event.rerouteTo(DepartmentUnavailableView.class);
        }
    }
}
