package za.gov.dpsa.isdip.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.privacy.internal.DataSubjectRequests;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The privacy module's main flow: a department's administrator opens a data-subject request and finds the
 * person's records in the department, and only there.
 * <p>
 * The records found here are privacy's own sources (the department's copy of its officials, held by tenancy);
 * the cases and training modules add theirs only when they are started, as they depend on privacy.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES} (starts tenancy, platform and core): requests live in the department's
 * database, reached through tenancy, whose member copy ({@code DepartmentMembers}) is one of the sources searched;
 * platform records the audit trail and runs the retention job across instances. STANDALONE leaves both out and
 * cannot start.
 * Core starts too: it is the application's shared module ({@code @Modulithic(sharedModules = "core")}), as
 * Modulith cannot trace a dependency on its one bean, the portal's {@link java.time.Clock} (a JDK type).
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class PrivacyModuleTest {

    static final PortalUser ADMIN = TestUsers.user("dha.module.admin", "dha", "dept-user", "dept-admin");
    static final PortalUser OTHER_ADMIN = TestUsers.user("del.module.admin", "del", "dept-user", "dept-admin");

    private final DataSubjectRequests requests;
    private final DepartmentMembers members;

    PrivacyModuleTest(DataSubjectRequests requests, DepartmentMembers members) {
        this.requests = requests;
        this.members = members;
    }

    @Test
    void aDataSubjectRequestFindsThePersonsRecordsInTheDepartmentOnly() {
        String username = "dha.subject." + Long.toString(System.nanoTime(), 36);
        String name = "Nomvula Privacy-" + username.substring(12);
        as(ADMIN, () -> {
            members.record(new DepartmentMember(username, name, username + "@dha.gov.za",
                    java.util.Set.of(za.gov.dpsa.isdip.tenancy.PortalRole.DEPT_USER)));
            return null;
        });
        DataSubjectRequests.NewRequest access = new DataSubjectRequests.NewRequest(DataSubjectRequests.Kind.ACCESS,
                name, null, null, null, LocalDate.now(PortalTime.ZONE));

        String reference = as(ADMIN, () -> requests.open(access)).reference();
        String elsewhere = as(OTHER_ADMIN, () -> requests.open(access)).reference();

        assertThat(as(ADMIN, () -> requests.records(reference)))
                .filteredOn(r -> r.recordType().equals("tenancy.member")).singleElement()
                .satisfies(r -> {
                    assertThat(r.recordId()).isEqualTo(username);
                    assertThat(r.fields()).extracting(PersonalRecord.Field::value).contains(name);
                });
        assertThat(as(OTHER_ADMIN, () -> requests.records(elsewhere)))
                .extracting(PersonalRecord::recordId).doesNotContain(username);
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
