package za.gov.dpsa.isdip;

import za.gov.dpsa.isdip.core.PortalTime;
import za.gov.dpsa.isdip.platform.ClusterJobs.Outcome;
import za.gov.dpsa.isdip.platform.ClusterJobs;
import za.gov.dpsa.isdip.platform.api.IdempotencyHousekeeping;
import za.gov.dpsa.isdip.privacy.internal.RetentionJob;
import za.gov.dpsa.isdip.reporting.ReportingPeriod;
import za.gov.dpsa.isdip.reporting.ReportingPeriods;
import za.gov.dpsa.isdip.reporting.internal.ReportingJobs;
import za.gov.dpsa.isdip.standards.internal.ActionItem;
import za.gov.dpsa.isdip.standards.internal.ActionReminders;
import za.gov.dpsa.isdip.standards.internal.DepartmentAlignment;
import za.gov.dpsa.isdip.support.PortalInstances;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.database.DepartmentDatabases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Two portal instances (two application contexts on their own ports) on the same databases fire each scheduled
 * job at the same moment: its effect happens once. A claim left by a crashed instance expires, and a job that
 * fails is counted and done at its next run, without doing twice what it had done.
 * <p>
 * The triggers never fire on their own here (crons off, the SLA sweep a day away); the test fires them.
 */
class ScheduledJobsAcrossInstancesTest {

    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final String REMINDER = "notification.report.reminder";

    static ConfigurableApplicationContext a;
    static ConfigurableApplicationContext b;
    static JdbcTemplate jdbc;
    static DepartmentDatabases databases;
    static String platform;

    /** Marks this run's rows apart from earlier runs' on a kept database. */
    final String run = Long.toString(System.nanoTime(), 36);

    @BeforeAll
    static void twoInstances() {
        a = instance("instance-a");
        // The second instance uses the first one's database server and resets nothing.
        b = instance("instance-b",
                "--isdip.embedded.database=none",
                "--isdip.test.reset-databases=false",
                "--spring.datasource.url=" + a.getEnvironment().getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + a.getEnvironment().getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + a.getEnvironment().getProperty("spring.datasource.password", ""));
        jdbc = new JdbcTemplate(a.getBean(DataSource.class));
        databases = a.getBean(DepartmentDatabases.class);
        platform = "`" + databases.platformDatabase() + "`";
    }

    /** An instance on a port of its own; arguments, as an operator would give them, outrank the config files. */
    private static ConfigurableApplicationContext instance(String name, String... more) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--isdip.jobs.instance-name=" + name,
                // The database server is shared: two instances need not hold 40 idle connections each here.
                "--spring.datasource.hikari.maximum-pool-size=8"));
        arguments.addAll(PortalInstances.WITHOUT_TIMERS);
        arguments.addAll(List.of(more));
        return new SpringApplicationBuilder(IsdipPortalApplication.class).profiles("test")
                .run(arguments.toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    /** Each test starts at a job's next scheduled time: the claims of earlier runs have run out. */
    @BeforeEach
    void claimsRunOut() {
        jdbc.update("update " + platform + ".shedlock set lock_until = utc_timestamp(3)");
    }

    @Test
    void aPeriodsDraftsAreAssembledOnceAndItsReminderSentOnceWhenBothInstancesFireTogether() throws Exception {
        ReportingPeriod period = openPeriodEndedQuartersAgo(1);
        Runs before = runs("reporting.jobs");

        List<Outcome> outcomes = atTheSameMoment(() -> a.getBean(ReportingJobs.class).scheduled(),
                () -> b.getBean(ReportingJobs.class).scheduled());

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.COMPLETED, Outcome.SKIPPED);
        assertThat(runs("reporting.jobs").minus(before)).isEqualTo(new Runs(1, 0, 1, 1));
        String winner = outcomes.get(0) == Outcome.COMPLETED ? "instance-a" : "instance-b";
        assertThat(jdbc.queryForObject("select locked_by from " + platform + ".shedlock where name = 'reporting.jobs'",
                String.class)).isEqualTo(winner);
        for (Department department : activeDepartments()) {
            // Written once: a second assembly would have moved the draft's version.
            assertThat(draftVersion(department, period)).as(department.id()).isEqualTo(0L);
            assertThat(reminderNotices(department, period)).as(department.id()).isEqualTo(1);
            assertThat(reminderRecords(department, period)).as(department.id()).isEqualTo(1);
        }
        assertThat(periodRow(period)).containsEntry("drafts_assembled", true).containsEntry("reminders_sent", 1);

        // An instance whose trigger fires a little later finds the claim held (lockAtLeastFor).
        assertThat(b.getBean(ReportingJobs.class).scheduled()).isEqualTo(Outcome.SKIPPED);
        // The next day's run does nothing again.
        claimsRunOut();
        assertThat(a.getBean(ReportingJobs.class).scheduled()).isEqualTo(Outcome.COMPLETED);
        for (Department department : activeDepartments()) {
            assertThat(draftVersion(department, period)).isEqualTo(0L);
            assertThat(reminderNotices(department, period)).isEqualTo(1);
        }
    }

    @Test
    void aDepartmentThatFailsIsCountedAsFailedAndDoneAtTheNextRunWhileTheOthersAreNotDoneAgain() {
        ReportingPeriod period = openPeriodEndedQuartersAgo(2);
        Department failing = activeDepartments().stream().filter(d -> d.id().equals("del")).findFirst().orElseThrow();
        String drafts = "`" + databases.databaseOf(failing.id()) + "`.report_draft";
        Runs before = runs("reporting.jobs");

        // The department's drafts cannot be reached for a while (as during a migration of its schema).
        jdbc.execute("rename table " + drafts + " to " + drafts.replace("report_draft", "report_draft_away"));
        try {
            assertThat(a.getBean(ReportingJobs.class).scheduled()).isEqualTo(Outcome.FAILED);
        } finally {
            jdbc.execute("rename table " + drafts.replace("report_draft", "report_draft_away") + " to " + drafts);
        }
        assertThat(runs("reporting.jobs").minus(before)).isEqualTo(new Runs(0, 1, 0, 1));
        assertThat(draftVersion(failing, period)).isNull();
        assertThat(periodRow(period)).containsEntry("drafts_assembled", false);
        Map<String, Object> doneBefore = new java.util.HashMap<>();
        for (Department department : activeDepartments()) {
            if (!department.id().equals(failing.id())) {
                assertThat(draftVersion(department, period)).as(department.id()).isEqualTo(0L);
                doneBefore.put(department.id(), draftUpdatedAt(department, period));
            }
            // The reminders did not depend on the drafts: every department has its one.
            assertThat(reminderNotices(department, period)).as(department.id()).isEqualTo(1);
        }

        // The next run, on the other instance: the failed department is done, the others are left as they were.
        claimsRunOut();
        assertThat(b.getBean(ReportingJobs.class).scheduled()).isEqualTo(Outcome.COMPLETED);
        assertThat(draftVersion(failing, period)).isEqualTo(0L);
        assertThat(periodRow(period)).containsEntry("drafts_assembled", true).containsEntry("reminders_sent", 1);
        for (Department department : activeDepartments()) {
            if (!department.id().equals(failing.id())) {
                assertThat(draftVersion(department, period)).as(department.id()).isEqualTo(0L);
                assertThat(draftUpdatedAt(department, period)).isEqualTo(doneBefore.get(department.id()));
            }
            assertThat(reminderNotices(department, period)).as(department.id()).isEqualTo(1);
        }
    }

    @Test
    void anActionsOwnerIsRemindedOnceWhenBothInstancesFireTogether() throws Exception {
        PortalUser official = TestUsers.user("kzn-transport.official", "kzn-transport", "dept-user");
        PortalUser owner = TestUsers.user("kzn-transport.owner", "kzn-transport", "dept-user");
        String title = "Publish service standards at every licensing office " + run;
        long action = TestUsers.callAs(official, () -> {
            DepartmentMembers members = a.getBean(DepartmentMembers.class);
            members.record(new DepartmentMember(official.username(), "Sibusiso Zulu", null, official.roles()));
            members.record(new DepartmentMember(owner.username(), "Nandi Owner", null, owner.roles()));
            return a.getBean(DepartmentAlignment.class).addAction("HS-03", new ActionItem.Input(title,
                    owner.username(), LocalDate.now(PortalTime.ZONE).plusDays(3)));
        });

        List<Outcome> outcomes = atTheSameMoment(() -> a.getBean(ActionReminders.class).scheduled(),
                () -> b.getBean(ActionReminders.class).scheduled());

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.COMPLETED, Outcome.SKIPPED);
        String database = "`" + databases.databaseOf("kzn-transport") + "`";
        assertThat(jdbc.queryForObject("select count(*) from " + database + ".notification where recipient = ? "
                + "and message_key = 'standards.notification.actionDueSoon' and params like ?", Integer.class,
                owner.username(), title + "%")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from " + database + ".alignment_action_reminder "
                + "where action_id = ?", Integer.class, action)).isEqualTo(1);
    }

    @Test
    void retentionRunsOnceWhenBothInstancesFireTogether() throws Exception {
        int reportsBefore = retentionReports();

        List<Outcome> outcomes = atTheSameMoment(() -> a.getBean(RetentionJob.class).nightly(),
                () -> b.getBean(RetentionJob.class).nightly());

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.COMPLETED, Outcome.SKIPPED);
        assertThat(retentionReports()).isEqualTo(reportsBefore + 1);
    }

    @Test
    void oldIdempotencyAnswersAreForgottenOnceWhenBothInstancesFireTogether() throws Exception {
        String database = "`" + databases.databaseOf("dha") + "`";
        String insert = "insert into " + database + ".api_idempotency (client_id, idempotency_key, request_hash, status, "
                + "created_at) values ('housekeeping-" + run + "', ?, repeat('0', 64), 201, utc_timestamp(6) - interval ? day)";
        jdbc.update(insert, "eight-days-old", 8);
        jdbc.update(insert, "six-days-old", 6);
        Runs before = runs("api.idempotency-housekeeping");

        List<Outcome> outcomes = atTheSameMoment(() -> a.getBean(IdempotencyHousekeeping.class).scheduled(),
                () -> b.getBean(IdempotencyHousekeeping.class).scheduled());

        assertThat(outcomes).containsExactlyInAnyOrder(Outcome.COMPLETED, Outcome.SKIPPED);
        assertThat(runs("api.idempotency-housekeeping").minus(before)).isEqualTo(new Runs(1, 0, 1, 1));
        // A client may retry for seven days: the older answer is gone, the younger one kept.
        assertThat(jdbc.queryForList("select idempotency_key from " + database + ".api_idempotency where client_id = ?",
                String.class, "housekeeping-" + run)).containsExactly("six-days-old");
        // One bulk delete, recorded once in the department's audit trail.
        assertThat(jdbc.queryForObject("select count(*) from " + database + ".audit_event where action = "
                + "'API_ANSWERS_FORGOTTEN' and occurred_at > utc_timestamp(6) - interval 1 minute", Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aClaimLeftByACrashedInstanceHoldsUntilItsLockAtMostForAndThenTheNextRunGoesAhead() {
        // An instance died mid-run: its claim stays in the table with the time it would have lasted at most.
        jdbc.update("insert into " + platform + ".shedlock (name, lock_until, locked_at, locked_by) values "
                + "('privacy.retention', utc_timestamp(3) + interval 1 hour, utc_timestamp(3), 'crashed-instance') "
                + "on duplicate key update lock_until = values(lock_until), locked_at = values(locked_at), "
                + "locked_by = values(locked_by)");
        int reportsBefore = retentionReports();
        assertThat(a.getBean(RetentionJob.class).nightly()).isEqualTo(Outcome.SKIPPED);
        assertThat(retentionReports()).isEqualTo(reportsBefore);

        // Its lockAtMostFor has passed: the next run claims it and runs.
        jdbc.update("update " + platform + ".shedlock set lock_until = utc_timestamp(3) - interval 1 second "
                + "where name = 'privacy.retention'");
        assertThat(b.getBean(RetentionJob.class).nightly()).isEqualTo(Outcome.COMPLETED);
        assertThat(retentionReports()).isEqualTo(reportsBefore + 1);
        assertThat(jdbc.queryForObject("select locked_by from " + platform + ".shedlock where name = 'privacy.retention'",
                String.class)).isEqualTo("instance-b");
    }

    @Test
    void aJobThatThrowsIsLoggedCountedAsFailedAndRunsAgainNextTime() {
        ClusterJobs.Job job = new ClusterJobs.Job("test.flaky-" + run, java.time.Duration.ofMinutes(5),
                java.time.Duration.ofMinutes(1));
        List<String> ran = new ArrayList<>();
        Outcome first = a.getBean(ClusterJobs.class).run(job, () -> {
            ran.add("first");
            throw new IllegalStateException("the mail server is down");
        });
        assertThat(first).isEqualTo(Outcome.FAILED);
        assertThat(runs(job.name())).isEqualTo(new Runs(0, 1, 0, 1));

        claimsRunOut();
        Outcome next = a.getBean(ClusterJobs.class).run(job, () -> ran.add("next"));
        assertThat(next).isEqualTo(Outcome.COMPLETED);
        assertThat(ran).containsExactly("first", "next");
        assertThat(runs(job.name())).isEqualTo(new Runs(1, 1, 0, 2));
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** Runs of one job counted by both instances: completed, failed, skipped, and how many were timed. */
    record Runs(double completed, double failed, double skipped, long timed) {
        Runs minus(Runs earlier) {
            return new Runs(completed - earlier.completed, failed - earlier.failed, skipped - earlier.skipped,
                    timed - earlier.timed);
        }
    }

    private static Runs runs(String job) {
        double[] counts = new double[3];
        long timed = 0;
        for (ConfigurableApplicationContext instance : List.of(a, b)) {
            MeterRegistry meters = instance.getBean(MeterRegistry.class);
            String[] outcomes = {"completed", "failed", "skipped"};
            for (int i = 0; i < 3; i++) {
                Counter counter = meters.find(ClusterJobs.RUNS).tags("job", job, "outcome", outcomes[i]).counter();
                counts[i] += counter == null ? 0 : counter.count();
            }
            Timer timer = meters.find(ClusterJobs.DURATION).tags("job", job).timer();
            timed += timer == null ? 0 : timer.count();
        }
        return new Runs(counts[0], counts[1], counts[2], timed);
    }

    /** Both calls start together, on two threads released by one latch. */
    private static List<Outcome> atTheSameMoment(Callable<Outcome> onA, Callable<Outcome> onB) throws Exception {
        CountDownLatch ready = new CountDownLatch(2);
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> call : List.of(onA, onB)) {
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return call.call();
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }

    /**
     * A past quarter that no period covers yet, at least {@code quartersAgo} quarters back (other test classes open
     * recent ones on the same database), opened now and due in five days: its drafts and first reminder are due.
     */
    private static ReportingPeriod openPeriodEndedQuartersAgo(int quartersAgo) {
        LocalDate today = LocalDate.now(PortalTime.ZONE);
        int[] current = ReportingPeriod.quarterOf(today);
        ReportingPeriods periods = a.getBean(ReportingPeriods.class);
        return TestUsers.callAs(DPSA, () -> {
            var taken = periods.all().stream().map(p -> p.fiscalYear() * 4 + p.quarter() - 1)
                    .collect(java.util.stream.Collectors.toSet());
            int index = current[0] * 4 + current[1] - 1 - quartersAgo;
            while (taken.contains(index)) {
                index--;
            }
            return periods.open(index / 4, index % 4 + 1, today.plusDays(5));
        });
    }

    private static List<Department> activeDepartments() {
        return a.getBean(DepartmentDirectory.class).all().stream().filter(Department::active).toList();
    }

    private static Long draftVersion(Department department, ReportingPeriod period) {
        List<Long> versions = jdbc.queryForList("select version from `" + databases.databaseOf(department.id())
                + "`.report_draft where period_id = ? and assembled_figures is not null", Long.class, period.id());
        return versions.isEmpty() ? null : versions.getFirst();
    }

    private static Object draftUpdatedAt(Department department, ReportingPeriod period) {
        return jdbc.queryForObject("select updated_at from `" + databases.databaseOf(department.id())
                + "`.report_draft where period_id = ?", Object.class, period.id());
    }

    private static int reminderNotices(Department department, ReportingPeriod period) {
        return jdbc.queryForObject("select count(*) from `" + databases.databaseOf(department.id()) + "`.notification "
                + "where recipient = 'role:dept-reporter' and message_key = ? and params like ?", Integer.class,
                REMINDER, period.label() + "\u001f%");
    }

    private static int reminderRecords(Department department, ReportingPeriod period) {
        return jdbc.queryForObject("select count(*) from `" + databases.databaseOf(department.id())
                + "`.report_reminder where period_id = ?", Integer.class, period.id());
    }

    private static Map<String, Object> periodRow(ReportingPeriod period) {
        return jdbc.queryForMap("select drafts_assembled, reminders_sent from " + platform
                + ".reporting_period where id = ?", period.id());
    }

    private static int retentionReports() {
        return jdbc.queryForObject("select count(distinct run_id) from " + platform + ".retention_run "
                + "where started_by = 'system'", Integer.class);
    }
}
