package za.gov.dpsa.isdip.standards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.platform.internal.Notification;
import za.gov.dpsa.isdip.standards.data.department.ActionItemRepository;
import za.gov.dpsa.isdip.standards.data.department.ActionReminderRepository;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

/**
 * Action owners are officials of the department; "my actions"; and the nightly reminders of overdue and
 * soon-due actions, in the portal and by email through a real SMTP server (GreenMail), each sent once.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
@ActiveProfiles("test")
class ActionRemindersTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    static final String DEPARTMENT = "kzn-transport";
    static final PortalUser OFFICIAL = TestUsers.user("kzn-transport.official", DEPARTMENT, "dept-user");
    static final PortalUser OWNER = TestUsers.user("kzn-transport.owner", DEPARTMENT, "dept-user");
    static final PortalUser COLLEAGUE = TestUsers.user("kzn-transport.colleague", DEPARTMENT, "dept-user");
    static final String OWNER_EMAIL = "owner@transport.example";

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    DepartmentAlignment alignment;
    @Autowired
    DepartmentMembers members;
    @Autowired
    Notifications notifications;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    ActionItemRepository actions;
    @Autowired
    ActionReminderRepository reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DepartmentDatabases databases;
    @Autowired
    za.gov.dpsa.isdip.platform.ClusterJobs clusterJobs;

    /** Marks this test's rows apart from those of earlier runs and other tests. */
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void officialsSignedIn() {
        as(OFFICIAL, () -> {
            members.record(new DepartmentMember(OFFICIAL.username(), "Sibusiso Zulu", null, OFFICIAL.roles()));
            members.record(new DepartmentMember(OWNER.username(), "Nandi Owner", OWNER_EMAIL, OWNER.roles()));
            members.record(new DepartmentMember(COLLEAGUE.username(), "Vusi Colleague", null, COLLEAGUE.roles()));
            members.record(new DepartmentMember("kzn-transport.reader", "Rita Reader", null,
                    Set.of(PortalRole.DEPT_REPORTER)));
            return null;
        });
    }

    @Test
    void theOwnerIsPickedFromTheDepartmentsOfficialsAndSomeoneElseIsRefusedOnTheOwnerField() {
        LocalDate due = today().plusDays(30);
        assertThat(as(OFFICIAL, () -> alignment.possibleOwners())).extracting(DepartmentMember::username)
                .contains(OFFICIAL.username(), OWNER.username(), COLLEAGUE.username())
                .doesNotContain("kzn-transport.reader");

        long id = as(OFFICIAL, () -> alignment.addAction("HS-03",
                new ActionItem.Input("Publish service standards at every licensing office " + run, OWNER.username(), due)));
        assertThat(action(id)).satisfies(a -> {
            assertThat(a.ownerUsername()).isEqualTo(OWNER.username());
            assertThat(a.owner()).isEqualTo("Nandi Owner");
        });

        // Someone who is not an official of this department: a stranger, another department's official (known
        // only there), an official who may only read. Each is refused on the owner field and nothing is saved.
        as(TestUsers.user("dha.admin", "dha", "dept-user", "dept-admin"), () -> {
            members.record(new DepartmentMember("dha.elsewhere", "Home Affairs Official", null,
                    Set.of(PortalRole.DEPT_USER)));
            return null;
        });
        for (String notOurs : List.of("nobody.here", "dha.elsewhere", "kzn-transport.reader")) {
            assertThatThrownBy(() -> as(OFFICIAL, () -> alignment.addAction("HS-03",
                    new ActionItem.Input("Refused action " + run, notOurs, due))))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("actionOwner");
                        // As the form shows it: Vaadin's getTranslation without arguments applies no MessageFormat.
                        assertThat(new za.gov.dpsa.isdip.platform.i18n.PortalTranslations()
                                .getTranslation(e.messageKey(), java.util.Locale.ENGLISH))
                                .startsWith("Choose the owner from the department's officials");
                    });
        }
        assertThatThrownBy(() -> as(OFFICIAL, () -> alignment.addAction("HS-03",
                new ActionItem.Input("Refused action " + run, " ", due))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("actionOwner"));
        assertThat(as(OFFICIAL, () -> alignment.actions())).extracting(ActionItem::title)
                .noneMatch(t -> t.equals("Refused action " + run));

        // Handing the action over to a colleague.
        ActionItem saved = action(id);
        as(OFFICIAL, () -> {
            alignment.updateAction(id, saved.rowVersion(), new ActionItem.Input(saved.title(), COLLEAGUE.username(),
                    saved.dueDate()), ActionStatus.IN_PROGRESS);
            return null;
        });
        assertThat(action(id)).satisfies(a -> {
            assertThat(a.ownerUsername()).isEqualTo(COLLEAGUE.username());
            assertThat(a.owner()).isEqualTo("Vusi Colleague");
            assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        });

        // An owner who may no longer own actions (now only reads) keeps the one they have when it changes.
        as(OFFICIAL, () -> {
            members.record(new DepartmentMember(COLLEAGUE.username(), "Vusi Colleague", null,
                    Set.of(PortalRole.DEPT_REPORTER)));
            ActionItem handed = action(id);
            alignment.updateAction(id, handed.rowVersion(), new ActionItem.Input(handed.title(),
                    COLLEAGUE.username(), handed.dueDate()), ActionStatus.DONE);
            members.record(new DepartmentMember(COLLEAGUE.username(), "Vusi Colleague", null, COLLEAGUE.roles()));
            return null;
        });
        assertThat(action(id)).satisfies(a -> {
            assertThat(a.ownerUsername()).isEqualTo(COLLEAGUE.username());
            assertThat(a.status()).isEqualTo(ActionStatus.DONE);
        });
    }

    @Test
    void anOwnerTypedAsTextBeforeOwnersWerePickedStaysReadableAndIsKeptOnAChange() {
        String db = databases.databaseOf(DEPARTMENT);
        jdbc.update("insert into `" + db + "`.alignment_action (standard_code, title, owner, due_date, status, "
                + "created_by, created_at, row_version) values ('HS-03', ?, 'Director: Licensing', ?, 'OPEN', "
                + "'kzn-transport.official', now(6), 0)", "Legacy action " + run, today().plusDays(3));
        ActionItem legacy = as(OFFICIAL, () -> alignment.actions()).stream()
                .filter(a -> a.title().equals("Legacy action " + run)).findFirst().orElseThrow();
        assertThat(legacy.owner()).isEqualTo("Director: Licensing");
        assertThat(legacy.ownerUsername()).isNull();

        as(OFFICIAL, () -> {
            alignment.updateAction(legacy.id(), legacy.rowVersion(), new ActionItem.Input(legacy.title(), null,
                    legacy.dueDate()), ActionStatus.IN_PROGRESS);
            return null;
        });
        assertThat(action(legacy.id())).satisfies(a -> {
            assertThat(a.owner()).isEqualTo("Director: Licensing");
            assertThat(a.status()).isEqualTo(ActionStatus.IN_PROGRESS);
        });
        // The reminders skip it: there is no official to remind.
        job(today()).remindEverywhere();
        assertThat(as(OFFICIAL, () -> reminders.findAll()).stream().filter(r -> r.getActionId() == legacy.id()))
                .isEmpty();
    }

    @Test
    void myActionsAreOnlyTheOnesIOwnThatAreNotDone() {
        LocalDate due = today().plusDays(40);
        long mine = as(OFFICIAL, () -> alignment.addAction("HS-03",
                new ActionItem.Input("Mine to do " + run, OWNER.username(), due)));
        long mineDone = as(OFFICIAL, () -> alignment.addAction("HS-03",
                new ActionItem.Input("Mine and done " + run, OWNER.username(), due)));
        as(OFFICIAL, () -> alignment.addAction("HS-03",
                new ActionItem.Input("The colleague's " + run, COLLEAGUE.username(), due)));
        markDone(mineDone);

        assertThat(as(OWNER, () -> alignment.myActions())).extracting(ActionItem::title)
                .contains("Mine to do " + run)
                .doesNotContain("Mine and done " + run, "The colleague's " + run)
                .allSatisfy(title -> assertThat(title).doesNotStartWith("The colleague's"));
        assertThat(as(OWNER, () -> alignment.myActions())).allSatisfy(a -> {
            assertThat(a.ownerUsername()).isEqualTo(OWNER.username());
            assertThat(a.status()).isNotEqualTo(ActionStatus.DONE);
        });
        assertThat(as(COLLEAGUE, () -> alignment.myActions())).extracting(ActionItem::id).doesNotContain(mine);
    }

    @Test
    void theOwnerIsRemindedOnceOfAnOverdueActionAndOfOnesDueWithinAWeekInThePortalAndByEmail() throws Exception {
        // The job runs on day J; actions are created now (due dates may not be in the past) with dates around J.
        LocalDate j = today().plusDays(20);
        long dueYesterday = add("Due yesterday " + run, j.minusDays(1));
        long dueToday = add("Due today " + run, j);
        long dueInAWeek = add("Due in a week " + run, j.plusDays(7));
        long dueInEightDays = add("Due in eight days " + run, j.plusDays(8));
        long doneOverdue = add("Done already " + run, j.minusDays(1));
        markDone(doneOverdue);

        job(j).remindEverywhere();

        assertThat(noticesFor(run)).extracting(n -> n.messageKey() + " " + n.params().getFirst())
                .containsExactlyInAnyOrder(
                        "standards.notification.actionOverdue Due yesterday " + run,
                        "standards.notification.actionDueSoon Due today " + run,
                        "standards.notification.actionDueSoon Due in a week " + run);
        assertThat(noticesFor(run)).allSatisfy(n -> assertThat(n.link()).isEqualTo("standards/actions?show=MINE"));
        assertThat(smtp.waitForIncomingEmail(5000, 3)).isTrue();
        List<String> subjects = emailsFor(run);
        assertThat(subjects).hasSize(3);
        assertThat(subjects).anySatisfy(s -> assertThat(s).contains("Your action was due on")
                .contains("and is overdue: Due yesterday " + run));
        assertThat(subjects).anySatisfy(s -> assertThat(s).contains("Your action is due on")
                .contains("Due today " + run));

        // A second run the same day sends nothing new.
        job(j).remindEverywhere();
        assertThat(noticesFor(run)).hasSize(3);
        assertThat(emailsFor(run)).hasSize(3);

        // The next day: what was due today is now overdue, and what was eight days out is due within a week;
        // nothing already sent is sent again, and the done action still gets nothing.
        job(j.plusDays(1)).remindEverywhere();
        assertThat(smtp.waitForIncomingEmail(5000, 5)).isTrue();
        assertThat(noticesFor(run)).extracting(n -> n.messageKey() + " " + n.params().getFirst())
                .containsExactlyInAnyOrder(
                        "standards.notification.actionOverdue Due yesterday " + run,
                        "standards.notification.actionDueSoon Due today " + run,
                        "standards.notification.actionDueSoon Due in a week " + run,
                        "standards.notification.actionOverdue Due today " + run,
                        "standards.notification.actionDueSoon Due in eight days " + run);
        assertThat(emailsFor(run)).hasSize(5).noneMatch(s -> s.contains("Done already"));
        assertThat(as(OFFICIAL, () -> reminders.findAll()).stream()
                .filter(r -> List.of(dueYesterday, dueToday, dueInAWeek, dueInEightDays, doneOverdue)
                        .contains(r.getActionId()))).hasSize(5).noneMatch(r -> r.getActionId() == doneOverdue);
    }

    @Test
    void anOverdueActionHandedOverRemindsItsNewOwnerAndAnOwnerWhoMayNoLongerUpdateActionsIsNotTold() {
        LocalDate j = today().plusDays(20);
        long handedOver = add("Handed over " + run, j.minusDays(1));
        job(j).remindEverywhere();
        ActionItem before = action(handedOver);
        as(OFFICIAL, () -> {
            alignment.updateAction(handedOver, before.rowVersion(), new ActionItem.Input(before.title(),
                    COLLEAGUE.username(), before.dueDate()), before.status());
            return null;
        });

        job(j).remindEverywhere();
        assertThat(as(COLLEAGUE, () -> notifications.latest(COLLEAGUE))).extracting(n -> n.params().getFirst())
                .contains("Handed over " + run);

        // The colleague becomes a reading officer only: the next day's reminder does not reach them.
        long laterAction = add("Owned by a reader-to-be " + run, j.plusDays(3));
        ActionItem later = action(laterAction);
        as(OFFICIAL, () -> {
            alignment.updateAction(laterAction, later.rowVersion(), new ActionItem.Input(later.title(),
                    COLLEAGUE.username(), later.dueDate()), later.status());
            members.record(new DepartmentMember(COLLEAGUE.username(), "Vusi Colleague", null,
                    Set.of(PortalRole.DEPT_REPORTER)));
            return null;
        });
        job(j).remindEverywhere();
        assertThat(as(COLLEAGUE, () -> notifications.latest(COLLEAGUE))).extracting(n -> n.params().getFirst())
                .doesNotContain("Owned by a reader-to-be " + run);
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** The job as the scheduler runs it, with the clock at 06:00 in Johannesburg on {@code day}. */
    private ActionReminders job(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(6, 0).atZone(PortalTime.ZONE).toInstant(),
                PortalTime.ZONE);
        return new ActionReminders(tenantWork, actions, reminders, members, notifications, transactions, clusterJobs,
                clock);
    }

    private long add(String title, LocalDate due) {
        return as(OFFICIAL, () -> alignment.addAction("HS-03", new ActionItem.Input(title, OWNER.username(), due)));
    }

    private void markDone(long id) {
        ActionItem a = action(id);
        as(OFFICIAL, () -> {
            alignment.updateAction(id, a.rowVersion(), new ActionItem.Input(a.title(), null, a.dueDate()),
                    ActionStatus.DONE);
            return null;
        });
    }

    private ActionItem action(long id) {
        return as(OFFICIAL, () -> alignment.actions()).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    private List<Notification> noticesFor(String marker) {
        return as(OWNER, () -> notifications.latest(OWNER)).stream()
                .filter(n -> n.params().stream().anyMatch(p -> p.endsWith(marker))).toList();
    }

    private List<String> emailsFor(String marker) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(OWNER_EMAIL))
                .map(ActionRemindersTest::subject).filter(s -> s.contains(marker)).toList();
    }

    private static String to(MimeMessage message) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients == null ? "" : recipients[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(PortalTime.ZONE);
    }

    private static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
