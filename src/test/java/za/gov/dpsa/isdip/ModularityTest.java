package za.gov.dpsa.isdip;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure holds: one module per domain, talking only through each other's public API. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(IsdipPortalApplication.class);

    @Test
    void modulesDependOnlyOnEachOthersPublicApiWithoutCycles() {
        modules.verify();
    }

    @Test
    void everyDomainHasItsModule() {
        org.assertj.core.api.Assertions.assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("cases", "advocacy", "standards", "training", "reporting", "tenancy", "accounts", "platform",
                        "privacy");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
