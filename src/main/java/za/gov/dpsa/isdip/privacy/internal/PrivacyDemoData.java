package za.gov.dpsa.isdip.privacy.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.privacy.data.department.PrivacyRequestRepository;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Two data-subject requests per demo department, handled by its administrator through the same service a
 * person uses: an access request answered and closed, and a correction still open. They are about citizens of
 * the demo cases, so the request page has records to show. Off unless {@code isdip.demo-data.privacy} is true;
 * a department that already has requests is left alone.
 */
@Component
class PrivacyDemoData {

    private static final Logger log = LoggerFactory.getLogger(PrivacyDemoData.class);

    private final boolean enabled;
    private final TenantWork tenantWork;
    private final DataSubjectRequests requests;
    private final PrivacyRequestRepository repository;
    private final Clock clock;

    PrivacyDemoData(@Value("${isdip.demo-data.privacy:false}") boolean enabled, TenantWork tenantWork,
                    DataSubjectRequests requests, PrivacyRequestRepository repository, Clock clock) {
        this.enabled = enabled;
        this.tenantWork = tenantWork;
        this.requests = requests;
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void seed() {
        if (!enabled) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
        int[] seeded = {0};
        tenantWork.forEachDepartment(department -> {
            if (repository.count() > 0) {
                return;
            }
            PortalUser admin = PortalUser.acting(department.id() + ".admin", department.id() + ".admin",
                    department.id(), PortalRole.DEPT_USER, PortalRole.DEPT_ADMIN);
            admin.runAs(() -> {
                String answered = requests.open(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS,
                        "Nomsa Dube (demo)", null, null, null, today.minusDays(12))).reference();
                requests.export(answered);
                requests.close(answered, "A copy of the records was emailed to the person on request.");
                requests.open(new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.CORRECTION,
                        "Themba Mokoena (demo)", null, null, null, today.minusDays(2)));
            });
            seeded[0]++;
        });
        log.info("Demo privacy: data-subject requests in {} departments", seeded[0]);
    }
}
