package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.CitizenDetails;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingTestAccess;
import za.gov.dpsa.isdip.standards.data.department.CoreServiceEntity;
import za.gov.dpsa.isdip.standards.data.department.CoreServiceRepository;
import za.gov.dpsa.isdip.support.TestUsers;

/** Every create, update and delete, and every view of personal information, lands in the right audit trail. */
@SpringBootTest
@ActiveProfiles("test")
class AuditTrailTest {

    static final PortalUser OFFICIAL = TestUsers.user("dha.auditee", "dha", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("dha.auditor", "dha", "dept-user", "dept-admin");
    static final PortalUser OTHER_ADMIN = TestUsers.user("del.auditor", "del", "dept-user", "dept-admin");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    CaseService cases;
    @Autowired
    AuditTrail trail;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    CoreServiceRepository coreServices;
    @Autowired
    ReportingPeriods periods;

    @Test
    void changesAndViewsOfPersonalInformationAreRecordedInTheDepartmentsOwnTrail() {
        long id = as(OFFICIAL, () -> cases.create(new NewCase("Audit me: queue at Pretoria", "Waiting times above standard.",
                Mechanism.SERVICE_STANDARDS, null, null, CasePriority.HIGH,
                new CitizenDetails("Nomsa Dube", null, "+27 12 555 0100", null))));
        String reference = as(OFFICIAL, () -> cases.details(id).reference());
        as(OFFICIAL, () -> {
            cases.take(id, cases.details(id).version());
            return cases.viewCitizen(id, "Calling the complainant back");
        });

        List<AuditTrail.Entry> entries = as(ADMIN, () -> trail.search(String.valueOf(id), null, LocalDate.now(), null));
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.entityType()).isEqualTo("SupportCase");
            assertThat(e.username()).isEqualTo("dha.auditee");
        });
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.detail()).contains("assignee").contains("status").doesNotContain("Nomsa");
        });
        assertThat(as(ADMIN, () -> trail.search(reference, AuditTrail.VIEW_PERSONAL_INFORMATION, null, null)))
                .singleElement().satisfies(e -> assertThat(e.detail()).isEqualTo("ASSIGNEE: Calling the complainant back"));

        // Another department's administrator searches their own trail only.
        assertThat(as(OTHER_ADMIN, () -> trail.search(reference, null, null, null))).isEmpty();
    }

    @Test
    void aDeleteIsRecordedAndTheTrailOffersNoWayToChangeIt() {
        Long serviceId = tenantWork.inDepartment("dha", () -> coreServices.save(new CoreServiceEntity(
                "Temporary service for the audit test", null, java.time.Instant.now())).getId());
        tenantWork.inDepartment("dha", () -> {
            coreServices.deleteById(serviceId);
            return null;
        });

        assertThat(as(ADMIN, () -> trail.search("CoreService", "DELETE", null, null)))
                .anySatisfy(e -> assertThat(e.entityId()).isEqualTo(String.valueOf(serviceId)));
        // The trail can be added to (an entry, an export's entry) and searched, nothing else; the entity is immutable
        // to Hibernate.
        assertThat(Arrays.stream(AuditTrail.class.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers())).map(Method::getName))
                .containsExactlyInAnyOrder("record", "recordExport", "search");
        assertThat(za.gov.dpsa.isdip.platform.data.both.AuditEventEntity.class
                .isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }

    @Test
    void dpsaSearchesThePlatformTrailAndOfficialsCannotSearchAtAll() {
        ReportingTestAccess.currentQuarter(periods);

        assertThat(as(DPSA, () -> trail.search("ReportingPeriod", "CREATE", null, null))).isNotEmpty();
        assertThatThrownBy(() -> as(OFFICIAL, () -> trail.search(null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
