package za.gov.dpsa.isdip.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.standards.internal.AlignmentDashboard;
import za.gov.dpsa.isdip.standards.internal.Assessment;
import za.gov.dpsa.isdip.standards.internal.AssessmentInput;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.standards.internal.Rating;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The standards module's main flow: a department assesses one of DPSA's harmonised standards and its alignment
 * dashboard counts the answer, for the mechanisms the standard serves.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES} (starts tenancy, platform and core): the catalogue lives in the
 * platform's database and the answers in the department's, reached through tenancy ({@code TenantWork},
 * {@code DepartmentMembers}); platform sends the reminders' notifications and runs the cluster-wide jobs.
 * STANDALONE leaves both out and cannot start. Reporting is not started: standards contributes its figures to it
 * ({@code AlignmentIndicators}) but injects none of its beans outside the views.
 * Core starts too: it is the application's shared module ({@code @Modulithic(sharedModules = "core")}), as
 * Modulith cannot trace a dependency on its one bean, the portal's {@link java.time.Clock} (a JDK type).
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class StandardsModuleTest {

    static final PortalUser OFFICIAL = TestUsers.user("dha.module.official", "dha", "dept-user");

    private final DepartmentAlignment alignment;

    StandardsModuleTest(DepartmentAlignment alignment) {
        this.alignment = alignment;
    }

    @Test
    void anAssessedHarmonisedStandardIsCountedOnTheAlignmentDashboard() {
        // HS-07 (complaints management and redress) is in the catalogue DPSA seeds; it serves complaints management.
        AlignmentDashboard before = TestUsers.callAs(OFFICIAL, alignment::dashboard);

        TestUsers.callAs(OFFICIAL, () -> alignment.assess("HS-07", new AssessmentInput(Rating.COMPLIANT, null,
                "https://www.dha.gov.za/complaints-register-2026.pdf", null, null, false, List.of())));
        AlignmentDashboard after = TestUsers.callAs(OFFICIAL, alignment::dashboard);

        assertThat(after.published()).isPositive();
        assertThat(after.assessed()).isEqualTo(before.assessed() + 1);
        assertThat(after.overall().met()).isEqualTo(before.overall().met() + 1);
        // Each mechanism counts the requirements the standard meets for it (HS-07 links two of complaints management).
        int complaintsMet = after.byMechanism().get(Mechanism.COMPLAINTS_MANAGEMENT).met()
                - before.byMechanism().get(Mechanism.COMPLAINTS_MANAGEMENT).met();
        assertThat(complaintsMet).isPositive();
        assertThat(after.byMechanism().get(Mechanism.COMPLAINTS_MANAGEMENT).unassessed())
                .isEqualTo(before.byMechanism().get(Mechanism.COMPLAINTS_MANAGEMENT).unassessed() - complaintsMet);
        assertThat(after.byMechanism().get(Mechanism.OMF)).as("a mechanism HS-07 does not serve")
                .isEqualTo(before.byMechanism().get(Mechanism.OMF));
        assertThat(TestUsers.callAs(OFFICIAL, () -> alignment.currentAssessment("HS-07"))).get()
                .extracting(Assessment::rating).isEqualTo(Rating.COMPLIANT);
    }
}
