package za.gov.dpsa.isdip.advocacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.advocacy.internal.AdvocacyFiles;
import za.gov.dpsa.isdip.advocacy.internal.AdvocacyLibrary;
import za.gov.dpsa.isdip.advocacy.internal.Audience;
import za.gov.dpsa.isdip.advocacy.internal.NewResource;
import za.gov.dpsa.isdip.advocacy.internal.ResourceContent;
import za.gov.dpsa.isdip.advocacy.internal.ResourceFilter;
import za.gov.dpsa.isdip.advocacy.internal.ResourceKind;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSource;
import za.gov.dpsa.isdip.advocacy.internal.ResourceSummary;
import za.gov.dpsa.isdip.core.BathoPelePrinciple;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The advocacy module's main flow: DPSA publishes a resource and a department's official finds it by mechanism.
 * <p>
 * {@link BootstrapMode#ALL_DEPENDENCIES} (starts tenancy, reporting, platform and core): the library stores in the
 * department's or the platform's database through tenancy ({@code TenantWork}), and the campaigns read reporting's
 * periods and consolidated figures ({@code ReportingPeriods}, {@code ReportingConsole}). DIRECT_DEPENDENCIES starts
 * tenancy and reporting but not platform, which advocacy injects nothing from (its upload check is a value, not a
 * bean), yet reporting's {@code ReportingConsole} needs platform's {@code Notifications}: the context cannot start
 * without reporting's own dependency, so all dependencies it is.
 * Core starts too: it is the application's shared module ({@code @Modulithic(sharedModules = "core")}), as
 * Modulith cannot trace a dependency on its one bean, the portal's {@link java.time.Clock} (a JDK type).
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class AdvocacyModuleTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.module.admin", null, "dpsa-admin");
    static final PortalUser OFFICIAL = TestUsers.user("dha.module.official", "dha", "dept-user");

    private final AdvocacyLibrary library;

    AdvocacyModuleTest(AdvocacyLibrary library) {
        this.library = library;
    }

    @Test
    void aPublishedDpsaResourceIsFoundByADepartmentOfficialUnderItsMechanism() {
        String title = "Complaints toolkit for module test " + System.nanoTime();
        long id = TestUsers.callAs(DPSA, () -> library.publish(ResourceSource.DPSA, new NewResource(title,
                "A practical toolkit for handling citizen complaints at service points.", ResourceKind.GUIDE,
                Set.of(Mechanism.COMPLAINTS_MANAGEMENT), Set.of(BathoPelePrinciple.REDRESS),
                Set.of(Audience.SERVICE_MANAGERS),
                ResourceContent.file("complaints-toolkit.pdf", AdvocacyFiles.pdf("Toolkit"), null))));

        assertThat(TestUsers.callAs(OFFICIAL, () -> library.browse(
                ResourceFilter.none().withMechanism(Mechanism.COMPLAINTS_MANAGEMENT))))
                .extracting(ResourceSummary::id).contains(id);
        assertThat(TestUsers.callAs(OFFICIAL, () -> library.browse(ResourceFilter.none().withMechanism(Mechanism.SDIP))))
                .extracting(ResourceSummary::id).doesNotContain(id);
        assertThat(TestUsers.callAs(OFFICIAL, () -> library.details(ResourceSource.DPSA, id)).mayEdit()).isFalse();
    }
}
