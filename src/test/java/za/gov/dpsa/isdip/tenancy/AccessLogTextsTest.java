package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import za.gov.dpsa.isdip.cases.internal.CaseEventType;
import za.gov.dpsa.isdip.reporting.internal.SubmissionStatus;

/**
 * The DPSA console's access log is stored as codes and shown through message keys; rows written before, in
 * English, still read (and now translate).
 */
class AccessLogTextsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Properties TRANSLATIONS = new Properties();

    @BeforeAll
    static void loadTranslations() throws IOException {
        try (Reader reader = new InputStreamReader(AccessLogTextsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            TRANSLATIONS.load(reader);
        }
    }

    @Test
    void everyAccessLogActionHasWordsAndSystemReasonsTranslate() {
        for (String action : new String[] {"ENTER", "LEAVE", "ONBOARD", "INVITE_ADMIN", "DEACTIVATE", "REACTIVATE",
                "DELIVER"}) {
            assertThat(TRANSLATIONS.getProperty("dpsa.accessLog.action." + action)).as(action).isNotBlank();
        }
        TenantAccess invite = TenantAccess.of(NOW, "dpsa.superadmin", "fs-health", "INVITE_ADMIN",
                TenantAccess.invitationReason(TenantAccess.Invitation.LINK, "head@fs.gov.za"));
        assertThat(render(invite.reasonKey(), invite.reasonArguments().toArray()))
                .isEqualTo("Sign-on group ready; first administrator head@fs.gov.za given a one-time setup link.");

        // Written in English before: still read, now in words from the translations.
        TenantAccess legacy = TenantAccess.of(NOW, "dpsa.superadmin", "fs-health", "INVITE_ADMIN",
                "Keycloak group ready; first administrator head@fs.gov.za (account already set up)");
        assertThat(render(legacy.reasonKey(), legacy.reasonArguments().toArray()))
                .isEqualTo("Sign-on group ready; first administrator head@fs.gov.za already had a set-up account.");
        TenantAccess onboarded = TenantAccess.of(NOW, "dpsa.superadmin", "fs-health", "ONBOARD",
                "Onboarded Free State Health");
        assertThat(render(onboarded.reasonKey(), onboarded.reasonArguments().toArray()))
                .isEqualTo("Free State Health onboarded.");
        // A person's reason stays theirs.
        TenantAccess entered = TenantAccess.of(NOW, "dpsa.superadmin", "dha", "ENTER", "Checking an escalation");
        assertThat(entered.reasonKey()).isNull();
        assertThat(entered.reason()).isEqualTo("Checking an escalation");
    }

    @Test
    void aDeliveryIsLoggedAsAKeyAndReadsInWordsForEveryModuleThatDelivers() {
        Map<String, List<String>> deliveries = new LinkedHashMap<>();
        for (SubmissionStatus outcome : List.of(SubmissionStatus.ACCEPTED, SubmissionStatus.RETURNED)) {
            deliveries.put("dpsa.accessLog.deliver.report." + outcome, List.of("2026/27 Q2", "3"));
        }
        for (CaseEventType type : CaseEventType.values()) {
            if (type.name().startsWith("DPSA_")) {
                deliveries.put("dpsa.accessLog.deliver.case." + type, List.of("DHA-2026-000042"));
            }
        }
        deliveries.put("dpsa.accessLog.deliver.trainingNotice", List.of("Batho Pele in practice"));
        deliveries.put("dpsa.accessLog.deliver.standardPublished", List.of("HS-07", "2"));

        deliveries.forEach((key, arguments) -> {
            TenantAccess delivered = TenantAccess.of(NOW, "dpsa.superadmin", "dha", "DELIVER",
                    TenantAccess.deliveryPurpose(key, arguments));
            assertThat(delivered.reasonKey()).isEqualTo(key);
            assertThat(delivered.reasonArguments()).isEqualTo(arguments);
            assertThat(render(key, arguments.toArray())).as(key).contains(arguments).doesNotContain("{");
        });
        assertThat(render("dpsa.accessLog.deliver.report.RETURNED", "2026/27 Q2", "3"))
                .isEqualTo("Report 2026/27 Q2 version 3 returned by DPSA for correction.");

        // A long course title is cut to fit the column, and the purpose still reads back with its key.
        String longTitle = "Batho Pele ".repeat(60);
        TenantAccess longOne = TenantAccess.of(NOW, "trainer.thandi", "dha", "DELIVER",
                TenantAccess.deliveryPurpose("dpsa.accessLog.deliver.trainingNotice", List.of(longTitle)));
        assertThat(TenantAccess.deliveryPurpose("dpsa.accessLog.deliver.trainingNotice", List.of(longTitle)))
                .hasSizeLessThanOrEqualTo(500);
        assertThat(longOne.reasonKey()).isEqualTo("dpsa.accessLog.deliver.trainingNotice");
        assertThat(longOne.reasonArguments()).singleElement().satisfies(title -> assertThat(longTitle)
                .startsWith(title));

        // Logged in English before purposes were keys: still read as written.
        TenantAccess legacy = TenantAccess.of(NOW, "dpsa.superadmin", "dha", "DELIVER",
                "DPSA DPSA_REPLY on escalated case DHA-2026-000042");
        assertThat(legacy.reasonKey()).isNull();
        assertThat(legacy.reason()).isEqualTo("DPSA DPSA_REPLY on escalated case DHA-2026-000042");
    }

    private static String render(String key, Object... arguments) {
        String pattern = TRANSLATIONS.getProperty(key);
        assertThat(pattern).as(key).isNotNull();
        // As Vaadin's I18NProvider: MessageFormat only when there are arguments.
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
