package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import za.gov.dpsa.isdip.platform.internal.Notification;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The platform shell's shared services: the audit trail records an entry in the department's own trail, which its
 * administrator finds, and a notification reaches the user it is for.
 * <p>
 * {@link BootstrapMode#DIRECT_DEPENDENCIES} (starts tenancy and core): the audit trail and notifications are written
 * to the signed-in user's department database, which only tenancy's routing (its multi-tenant Hibernate set-up and
 * beans) reaches. STANDALONE leaves tenancy out and cannot start.
 * Core starts too: it is the application's shared module ({@code @Modulithic(sharedModules = "core")}), as
 * Modulith cannot trace a dependency on its one bean, the portal's {@link java.time.Clock} (a JDK type).
 * The context is closed after the class: no other test shares it, and it holds database connections.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ActiveProfiles({"test", "moduletest"})
@DirtiesContext
class PlatformModuleTest {

    static final PortalUser OFFICIAL = TestUsers.user("dha.module.official", "dha", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("dha.module.admin", "dha", "dept-user", "dept-admin");
    static final PortalUser OTHER_ADMIN = TestUsers.user("del.module.admin", "del", "dept-user", "dept-admin");

    private final AuditTrail auditTrail;
    private final Notifications notifications;

    PlatformModuleTest(AuditTrail auditTrail, Notifications notifications) {
        this.auditTrail = auditTrail;
        this.notifications = notifications;
    }

    @Test
    void theAuditTrailRecordsAnEntryThatOnlyTheDepartmentsAdministratorFinds() {
        String entityId = "module-" + System.nanoTime();
        as(OFFICIAL, () -> {
            auditTrail.record("UPDATE", "ModuleTestRecord", entityId, "status: NEW -> DONE");
            return null;
        });

        assertThat(as(ADMIN, () -> auditTrail.search(entityId, null, null, null))).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo(OFFICIAL.username());
            assertThat(e.action()).isEqualTo("UPDATE");
            assertThat(e.detail()).isEqualTo("status: NEW -> DONE");
        });
        assertThat(as(OTHER_ADMIN, () -> auditTrail.search(entityId, null, null, null))).isEmpty();
        assertThatThrownBy(() -> as(OFFICIAL, () -> auditTrail.search(entityId, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNotificationReachesTheUserItIsForUntilTheyReadIt() {
        long before = as(OFFICIAL, () -> notifications.unread(OFFICIAL));
        as(ADMIN, () -> {
            notifications.notifyUser(OFFICIAL.username(), null, "notification.case.assigned", List.of("DHA-2026-000001"),
                    "cases/1");
            return null;
        });

        assertThat(as(OFFICIAL, () -> notifications.latest(OFFICIAL))).first().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.case.assigned");
            assertThat(n.params()).containsExactly("DHA-2026-000001");
        });
        assertThat(as(OFFICIAL, () -> notifications.unread(OFFICIAL))).isEqualTo(before + 1);
        assertThat(as(ADMIN, () -> notifications.latest(ADMIN))).extracting(Notification::messageKey)
                .doesNotContain("notification.case.assigned");
        as(OFFICIAL, () -> {
            notifications.markAllRead(OFFICIAL);
            return null;
        });
        assertThat(as(OFFICIAL, () -> notifications.unread(OFFICIAL))).isZero();
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
