package za.gov.dpsa.isdip.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static za.gov.dpsa.isdip.cases.internal.CaseServiceTest.as;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.platform.i18n.LanguagePreferences;
import za.gov.dpsa.isdip.platform.internal.Notification;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** In-app notifications, their email copies through a real SMTP server (GreenMail), and SLA warnings. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles("test")
class CaseNotificationsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final PortalUser AUTHOR = TestUsers.user("gp-health.author", "gp-health", "dept-user");
    static final PortalUser WORKER = TestUsers.user("gp-health.worker", "gp-health", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("gp-health.admin", "gp-health", "dept-user", "dept-admin");

    @Autowired
    CaseService cases;
    @Autowired
    DepartmentMembers members;
    @Autowired
    Notifications notifications;
    @Autowired
    CaseSlaSweep sweep;
    @Autowired
    EntityManager entityManager;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    LanguagePreferences languages;

    @Test
    void anAssignmentNotifiesTheOfficialInTheAppAndByEmail() throws Exception {
        as(ADMIN, () -> {
            members.record(new DepartmentMember(WORKER.username(), "Worker Official", "worker@health.example",
                    WORKER.roles()));
            return null;
        });
        long id = as(AUTHOR, () -> cases.create(CaseServiceTest.newCase("Clinic opening hours not displayed", null)));
        long version = as(ADMIN, () -> cases.details(id)).version();

        as(ADMIN, () -> {
            cases.assign(id, version, WORKER.username());
            return null;
        });

        String reference = as(ADMIN, () -> cases.details(id)).reference();
        List<Notification> inApp = as(WORKER, () -> notifications.latest(WORKER));
        assertThat(inApp).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.case.assigned");
            assertThat(n.params()).contains(reference);
            assertThat(n.link()).isEqualTo("cases/" + reference);
        });
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage email = smtp.getReceivedMessages()[0];
        assertThat(email.getAllRecipients()[0].toString()).isEqualTo("worker@health.example");
        assertThat(email.getSubject()).contains("Case " + reference + " was assigned to you");
        // The author is not mailed: no address is known for them, and they made no request for it.
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(as(WORKER, () -> notifications.unread(WORKER))).isPositive();
        as(WORKER, () -> {
            notifications.markAllRead(WORKER);
            return null;
        });
        assertThat(as(WORKER, () -> notifications.unread(WORKER))).isZero();
    }

    @Test
    void aNoticeWhoseWorkIsUndoneSendsNoEmail() throws Exception {
        int before = smtp.getReceivedMessages().length;
        as(ADMIN, () -> transactions.execute(status -> {
            notifications.notifyUser(WORKER.username(), "worker@health.example", "notification.case.assigned",
                    List.of("GP-UNDONE-1", "Never assigned"), "cases/GP-UNDONE-1");
            status.setRollbackOnly();
            return null;
        }));
        as(ADMIN, () -> transactions.execute(status -> {
            notifications.notifyUser(WORKER.username(), "worker@health.example", "notification.case.assigned",
                    List.of("GP-KEPT-1", "Assigned"), "cases/GP-KEPT-1");
            return null;
        }));

        assertThat(smtp.waitForIncomingEmail(5000, before + 1)).isTrue();
        assertThat(java.util.Arrays.stream(smtp.getReceivedMessages()).map(CaseNotificationsTest::subject))
                .anyMatch(subject -> subject.contains("GP-KEPT-1")).noneMatch(subject -> subject.contains("GP-UNDONE-1"));
        assertThat(as(WORKER, () -> notifications.latest(WORKER))).noneMatch(n -> n.params().contains("GP-UNDONE-1"));
    }

    @Test
    void anOfficialWhoChoseAfrikaansIsMailedInAfrikaans() throws Exception {
        PortalUser afrikaans = TestUsers.user("gp-health.afrikaans", "gp-health", "dept-user");
        as(afrikaans, () -> {
            languages.choose(afrikaans, Locale.forLanguageTag("af-ZA"));
            return null;
        });
        int before = smtp.getReceivedMessages().length;
        as(ADMIN, () -> transactions.execute(status -> {
            notifications.notifyUser(afrikaans.username(), "afrikaans@health.example", "notification.case.assigned",
                    List.of("GP-AF-1", "Kliniek se ure"), "cases/GP-AF-1");
            return null;
        }));

        assertThat(smtp.waitForIncomingEmail(5000, before + 1)).isTrue();
        MimeMessage email = smtp.getReceivedMessages()[before];
        Properties af = new Properties();
        try (var reader = new java.io.InputStreamReader(getClass().getResourceAsStream(
                "/vaadin-i18n/translations_af.properties"), java.nio.charset.StandardCharsets.UTF_8)) {
            af.load(reader);
        }
        String notice = new java.text.MessageFormat(af.getProperty("notification.case.assigned"),
                Locale.forLanguageTag("af-ZA")).format(new Object[] {"GP-AF-1", "Kliniek se ure"});
        assertThat(email.getSubject()).isEqualTo(af.getProperty("email.subject").replace("{0}", notice));
        assertThat(email.getContent().toString()).contains(af.getProperty("email.footer"))
                .doesNotContain("You receive this");
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSweepFlagsABreachOnceAndTellsTheOfficials() {
        long breachedBefore = as(AUTHOR, () -> cases.dashboard().breachedOpen());
        long id = as(AUTHOR, () -> cases.create(CaseServiceTest.newCase("Ambulance response above standard", null)));
        Instant longAgo = Instant.now().minus(Duration.ofDays(40));
        as(AUTHOR, () -> transactions.execute(status -> entityManager.createNativeQuery(
                        "update support_case set created_at = ?, resolution_due_at = ? where id = ?")
                .setParameter(1, longAgo).setParameter(2, longAgo.plus(Duration.ofDays(7))).setParameter(3, id)
                .executeUpdate()));

        sweep.sweepAllDepartments();
        sweep.sweepAllDepartments();

        CaseDetails details = as(AUTHOR, () -> cases.details(id));
        assertThat(details.sla().breached()).isTrue();
        String link = "cases/" + details.reference();
        assertThat(as(AUTHOR, () -> cases.count(new CaseFilter(null, null, null, null, true, null, null,
                "Ambulance response above standard")))).isEqualTo(1);
        assertThat(as(AUTHOR, () -> notifications.latest(AUTHOR))).filteredOn(n -> n.link().equals(link)
                && n.messageKey().equals("notification.case.breached")).hasSize(1);
        assertThat(as(AUTHOR, () -> cases.dashboard().breachedOpen())).isEqualTo(breachedBefore + 1);

        // Resolved late, it is no longer an open case past its target on the dashboard.
        as(AUTHOR, () -> {
            cases.take(id, cases.details(id).version());
            cases.start(id, cases.details(id).version());
            cases.resolve(id, cases.details(id).version(), "Ambulance base relocated closer to the clinic.");
            return null;
        });
        assertThat(as(AUTHOR, () -> cases.dashboard().breachedOpen())).isEqualTo(breachedBefore);
    }
}
