package za.gov.dpsa.isdip.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.TenantAccess;

/**
 * The People view's change details are stored as codes and shown through message keys; rows written before, in
 * English, still read (and now translate). A first administrator's invitation is logged in DPSA's access log by how
 * it was handed over.
 */
class AccountLogTextsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Properties TRANSLATIONS = new Properties();

    @BeforeAll
    static void loadTranslations() throws IOException {
        try (Reader reader = new InputStreamReader(AccountLogTextsTest.class.getResourceAsStream(
                "/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            TRANSLATIONS.load(reader);
        }
    }

    @Test
    void aChangeIsStoredAsACodeAndShownInWords() {
        String stored = DirectoryChange.stored(DirectoryChange.Outcome.EMAILED,
                EnumSet.of(PortalRole.DEPT_ADMIN, PortalRole.DEPT_USER));
        DirectoryChange change = DirectoryChange.of(NOW, "dha.admin", "new@dha.example.gov.za", "INVITE", stored);

        assertThat(change.roles()).containsExactlyInAnyOrder(PortalRole.DEPT_USER, PortalRole.DEPT_ADMIN);
        assertThat(render(change.detailKey(), "Official, Department administrator"))
                .isEqualTo("Roles: Official, Department administrator. Invitation emailed.");
        assertThat(render(DirectoryChange.of(NOW, "dpsa.superadmin", "x@y.gov.za", "INVITE_FIRST_ADMIN",
                DirectoryChange.stored(DirectoryChange.Outcome.ALREADY_SET_UP, Set.of())).detailKey()))
                .isEqualTo("The account was already set up; no new invitation.");
    }

    @Test
    void changesWrittenInEnglishBeforeStillReadAndTranslate() {
        DirectoryChange invited = DirectoryChange.of(NOW, "dha.admin", "a@dha.example.gov.za", "INVITE",
                "roles dept-reporter, dept-user; setup link issued");
        assertThat(invited.detailKey()).isEqualTo("people.changes.detail.LINK");
        assertThat(invited.roles()).containsExactlyInAnyOrder(PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER);
        DirectoryChange roles = DirectoryChange.of(NOW, "dha.admin", "a@dha.example.gov.za", "ROLES",
                "roles dept-user");
        assertThat(roles.detailKey()).isEqualTo("people.changes.detail.ROLES");
        assertThat(roles.roles()).containsExactly(PortalRole.DEPT_USER);
        assertThat(DirectoryChange.of(NOW, "dpsa.superadmin", "a@b.gov.za", "INVITE_FIRST_ADMIN",
                "invitation emailed").detailKey()).isEqualTo("people.changes.detail.EMAILED.plain");
        assertThat(DirectoryChange.of(NOW, "dpsa.superadmin", "a@b.gov.za", "INVITE_FIRST_ADMIN",
                "account already set up").detailKey()).isEqualTo("people.changes.detail.ALREADY_SET_UP.plain");
        DirectoryChange unknown = DirectoryChange.of(NOW, "dha.admin", "a@b.gov.za", "DISABLE", "something else");
        assertThat(unknown.detailKey()).isNull();
        assertThat(unknown.detail()).isEqualTo("something else");
    }

    @Test
    void aFirstAdministratorsInvitationIsLoggedByHowItWasHandedOver() {
        assertThat(new InvitationOutcome("head@fs.gov.za", "head@fs.gov.za", false,
                "token", false).accessLogCode()).isEqualTo(TenantAccess.Invitation.LINK);
        assertThat(new InvitationOutcome("head@fs.gov.za", "head@fs.gov.za", true, null,
                false).accessLogCode()).isEqualTo(TenantAccess.Invitation.EMAILED);
        assertThat(new InvitationOutcome("head@fs.gov.za", "head@fs.gov.za", false, null,
                true).accessLogCode()).isEqualTo(TenantAccess.Invitation.ALREADY_SET_UP);
    }

    private static String render(String key, Object... arguments) {
        String pattern = TRANSLATIONS.getProperty(key);
        assertThat(pattern).as(key).isNotNull();
        // As Vaadin's I18NProvider: MessageFormat only when there are arguments.
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
    }
}
