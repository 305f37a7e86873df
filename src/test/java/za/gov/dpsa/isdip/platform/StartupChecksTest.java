package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

import za.gov.dpsa.isdip.IsdipPortalApplication;
import za.gov.dpsa.isdip.platform.config.MisconfigurationException;
import za.gov.dpsa.isdip.platform.config.PortalFailureAnalyzer;
import za.gov.dpsa.isdip.platform.config.RequiredSettings;
import za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionException;
import za.gov.dpsa.isdip.tenancy.definitions.DepartmentDefinitionFailureAnalyzer;

/** Bad configuration stops start-up with a message that names what to fix. */
class StartupChecksTest {

    @Test
    void productionStartWithoutSettingsNamesTheFirstMissingVariable() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(IsdipPortalApplication.class)
                .properties("spring.main.banner-mode=off").run())
                .isInstanceOfSatisfying(MisconfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("ISDIP_DB_URL"));
    }

    @Test
    void eachMissingSettingIsNamed() {
        MockEnvironment environment = production()
                .withProperty("isdip.oidc.client-secret", "");

        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(environment, null))
                .isInstanceOfSatisfying(MisconfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("ISDIP_OIDC_CLIENT_SECRET"));
    }

    @Test
    void theDirectoryClientSecretIsRequired() {
        MockEnvironment environment = production()
                .withProperty("isdip.keycloak-admin.client-secret", "");

        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(environment, null))
                .isInstanceOfSatisfying(MisconfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("ISDIP_KEYCLOAK_ADMIN_CLIENT_SECRET"));
    }

    @Test
    void theKeyThatSealsStoredSecretsIsRequiredAndMustBeThirtyTwoBytes() {
        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(production()
                .withProperty("isdip.secrets.key", ""), null))
                .isInstanceOfSatisfying(MisconfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("ISDIP_SECRETS_KEY"));
        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(production()
                .withProperty("isdip.secrets.key", "c2hvcnQ="), null))
                .isInstanceOfSatisfying(MisconfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("ISDIP_SECRETS_KEY");
                    assertThat(e.getMessage()).contains("openssl rand -base64 32");
                });
        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(production()
                .withProperty("isdip.secrets.previous-keys", "swu0levlgcmvg9VrLsyEhiTwrKo62o+zAf9KT9HcZss=,short"),
                null))
                .isInstanceOfSatisfying(MisconfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("ISDIP_SECRETS_PREVIOUS_KEYS"));
    }

    @Test
    void anUnreachableDatabaseIsNamed() {
        MockEnvironment environment = production()
                .withProperty("isdip.startup-checks.database", "true")
                .withProperty("spring.datasource.url", "jdbc:mysql://127.0.0.1:1/isdip");

        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(environment, null))
                .isInstanceOfSatisfying(MisconfigurationException.class, e -> {
                    assertThat(e.setting()).isEqualTo("ISDIP_DB_URL");
                    assertThat(e.getMessage()).contains("does not reach a database");
                });
    }

    @Test
    void aDatabaseUrlOfAnotherKindIsNamed() {
        MockEnvironment environment = production().withProperty("spring.datasource.url", "jdbc:postgresql://db/isdip");

        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(environment, null))
                .hasMessageContaining("ISDIP_DB_URL must be a MySQL Connector/J URL");
    }

    @Test
    void anUnreachableIssuerIsNamed() {
        MockEnvironment environment = production()
                .withProperty("isdip.oidc.discovery", "true")
                .withProperty("isdip.oidc.issuer", "http://127.0.0.1:1/realms/isdip");

        assertThatThrownBy(() -> new RequiredSettings().postProcessEnvironment(environment, null))
                .isInstanceOfSatisfying(MisconfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("ISDIP_OIDC_ISSUER"));
    }

    @Test
    void theFailureReportIsAMessageWithoutStackTrace() {
        FailureAnalysis analysis = new PortalFailureAnalyzer().analyze(
                new IllegalStateException(new MisconfigurationException("ISDIP_DB_USER", "is not set.")));

        assertThat(analysis.getDescription()).isEqualTo("The ISDIP Portal cannot start: ISDIP_DB_USER is not set.");
        assertThat(analysis.getAction()).contains("Set ISDIP_DB_USER");
    }

    @Test
    void aBrokenDepartmentFileStopsStartUpNamingFileAndField(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("broken.yaml"), """
                id: broken
                name: Broken Department
                shortCode: BRK
                sphere: provincial
                """);

        assertThatThrownBy(() -> new SpringApplicationBuilder(IsdipPortalApplication.class)
                .profiles("test")
                .properties("spring.main.banner-mode=off", "server.port=0")
                .run("--isdip.tenants.location=file:" + folder + "/*.yaml"))
                .isInstanceOf(DepartmentDefinitionException.class)
                .satisfies(e -> {
                    FailureAnalysis analysis = new DepartmentDefinitionFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("tenants/broken.yaml")
                            .contains("field 'province'");
                });
    }

    private static MockEnvironment production() {
        return new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mysql://127.0.0.1:3306/isdip")
                .withProperty("spring.datasource.username", "isdip")
                .withProperty("isdip.oidc.issuer", "http://localhost:8180/realms/isdip")
                .withProperty("isdip.oidc.client-id", "isdip-portal")
                .withProperty("isdip.oidc.client-secret", "secret")
                .withProperty("isdip.keycloak-admin.client-id", "isdip-portal-admin")
                .withProperty("isdip.keycloak-admin.client-secret", "secret")
                .withProperty("isdip.secrets.key", "UZH4Jt1HsNhZYHZdmHBeRG/z9H76uq3Cf2j58zAbQ3k=")
                .withProperty("isdip.startup-checks.database", "false")
                .withProperty("isdip.oidc.discovery", "false");
    }
}
