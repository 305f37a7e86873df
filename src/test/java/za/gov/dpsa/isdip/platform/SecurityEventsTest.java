package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseService;
import za.gov.dpsa.isdip.cases.internal.NewCase;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Refused look-ups of another department's cases are refused and recorded as security events DPSA reads; a user
 * refused ten times within ten minutes raises the alert (counter, gauge, notice to DPSA); storage stays bounded.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityEventsTest {

    static final PortalUser OWNER = TestUsers.user("wc-education.owner", "wc-education", "dept-user");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    CaseService cases;
    @Autowired
    SecurityEvents securityEvents;
    @Autowired
    Notifications notifications;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ObjectProvider<PrometheusMeterRegistry> prometheus;

    long elsewhereId;
    String elsewhereReference;

    @BeforeAll
    void anotherDepartmentHasACase() {
        elsewhereId = as(OWNER, () -> cases.create(new NewCase("Scholar transport late in Paarl",
                "The bus arrives an hour after school starts.", Mechanism.SERVICE_STANDARDS, null, null,
                CasePriority.MEDIUM, null)));
        elsewhereReference = as(OWNER, () -> cases.details(elsewhereId).reference());
    }

    @Test
    void anotherDepartmentsCaseIsRefusedByReferenceAndAnIdNotHeldByIdAndBothAreRecorded() {
        PortalUser prober = TestUsers.user("del.curious", "del", "dept-user");
        // Ids are per department: another department's id is at best one of the prober's own cases, so the id asked
        // here is one the prober's department does not hold.
        long notHeld = 900_000_000L + elsewhereId;

        assertThatThrownBy(() -> as(prober, () -> cases.details(elsewhereReference)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as(prober, () -> cases.details(notHeld)))
                .isInstanceOf(NotFound.class);

        List<SecurityEvents.Event> events = as(DPSA, () -> securityEvents.recent(prober.username()));
        assertThat(events).allSatisfy(e -> {
            assertThat(e.username()).isEqualTo(prober.username());
            assertThat(e.departmentId()).isEqualTo("del");
            assertThat(e.departmentName()).isEqualTo("Department of Employment and Labour");
            assertThat(e.kind()).isEqualTo(SecurityEvents.Kind.NOT_FOUND);
        });
        assertThat(events.stream().mapToLong(SecurityEvents.Event::refusals).sum()).isEqualTo(2);
        assertThat(events.stream().flatMap(e -> java.util.stream.Stream.of(e.firstAsked(), e.lastAsked())))
                .contains("case " + elsewhereReference, "case " + notHeld);
        // The owner still sees their case: nothing about it changed.
        assertThat(as(OWNER, () -> cases.details(elsewhereReference)).id()).isEqualTo(elsewhereId);
        assertThatThrownBy(() -> as(prober, () -> securityEvents.recent(null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTenthRefusalWithinTenMinutesRaisesTheAlertOnce() {
        PortalUser prober = TestUsers.user("del.prober", "del", "dept-user");
        double alertsBefore = alerts();

        for (int i = 1; i <= 9; i++) {
            probe(prober, i);
        }
        assertThat(alerts()).as("nine refusals").isEqualTo(alertsBefore);

        probe(prober, 10);
        assertThat(alerts()).as("the tenth").isEqualTo(alertsBefore + 1);
        assertThat(meters.get(SecurityEvents.PROBING_METER).gauge().value()).isGreaterThanOrEqualTo(1);
        assertThat(as(DPSA, () -> notifications.latest(DPSA))).anySatisfy(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.security.probing");
            assertThat(n.params()).startsWith(prober.username(), "Department of Employment and Labour", "10");
            assertThat(n.link()).isEqualTo("audit");
        });

        probe(prober, 11);
        assertThat(alerts()).as("one alert per user per window").isEqualTo(alertsBefore + 1);
        // Operators scrape the same meters on /actuator/prometheus.
        String scrape = prometheus.getObject().scrape();
        assertThat(scrape).contains("isdip_security_probe_alerts_total").contains("isdip_security_probing_users")
                .contains("isdip_security_refusals_total{").contains("kind=\"not_found\"");
    }

    @Test
    void aFloodOfRefusalsTakesARowPerMinuteNotPerRefusal() {
        PortalUser flooder = TestUsers.user("del.flooder", "del", "dept-user");
        for (int i = 0; i < 200; i++) {
            int n = i;
            TestUsers.runAs(flooder, () -> securityEvents.refused(SecurityEvents.Kind.ADDRESS_NOT_FOUND,
                    "cases/guess-" + n + "\u0000\n" + "x".repeat(500)));
        }

        List<SecurityEvents.Event> events = as(DPSA, () -> securityEvents.recent(flooder.username()));
        assertThat(events).hasSizeBetween(1, 2);
        assertThat(events.stream().mapToLong(SecurityEvents.Event::refusals).sum()).isEqualTo(200);
        assertThat(events).allSatisfy(e -> assertThat(e.lastAsked()).hasSizeLessThanOrEqualTo(200)
                .startsWith("cases/guess-").doesNotContain("\u0000").doesNotContain("\n"));
        Map<SecurityEvents.Kind, Long> byKind = events.stream().collect(Collectors.groupingBy(
                SecurityEvents.Event::kind, Collectors.summingLong(SecurityEvents.Event::refusals)));
        assertThat(byKind).containsOnlyKeys(SecurityEvents.Kind.ADDRESS_NOT_FOUND);
    }

    private void probe(PortalUser prober, int attempt) {
        String guess = elsewhereReference.substring(0, elsewhereReference.lastIndexOf('-') + 1)
                + String.format("%06d", 800_000 + attempt);
        assertThatThrownBy(() -> as(prober, () -> cases.details(guess))).isInstanceOf(NotFound.class);
    }

    private double alerts() {
        return meters.get(SecurityEvents.ALERTS_METER).counter().count();
    }

    static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
