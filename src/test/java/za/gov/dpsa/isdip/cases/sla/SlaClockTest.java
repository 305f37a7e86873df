package za.gov.dpsa.isdip.cases.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.sla.SlaClock.Pause;
import za.gov.dpsa.isdip.cases.sla.SlaPolicy.SlaTargets;

/**
 * Hand-computed on the standard calendar (07:30–16:00, 8.5 h a day). March 2026: Monday 2 is the first
 * working day, no weekday holidays until Good Friday 3 April.
 */
class SlaClockTest {

    private static final ZoneId SAST = ZoneId.of("Africa/Johannesburg");

    private final BusinessCalendar calendar = BusinessCalendar.standard();
    private final SlaPolicy policy = SlaPolicy.standard(calendar);
    private final SlaClock clock = new SlaClock(policy);

    private static Instant at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SAST).toInstant();
    }

    private static Duration hm(int hours, int minutes) {
        return Duration.ofHours(hours).plusMinutes(minutes);
    }

    /** Monday 2026-03-02 09:00. */
    private static final Instant OPENED = at(2026, 3, 2, 9, 0);

    // --- policy ---

    @Test
    void standardTargetsPerPriority() {
        assertThat(policy.targetsFor(CasePriority.CRITICAL))
                .isEqualTo(new SlaTargets(Duration.ofHours(2), Duration.ofHours(17)));
        assertThat(policy.targetsFor(CasePriority.HIGH))
                .isEqualTo(new SlaTargets(Duration.ofHours(4), hm(42, 30)));
        assertThat(policy.targetsFor(CasePriority.MEDIUM))
                .isEqualTo(new SlaTargets(hm(8, 30), Duration.ofHours(85)));
        assertThat(policy.targetsFor(CasePriority.LOW))
                .isEqualTo(new SlaTargets(Duration.ofHours(17), Duration.ofHours(170)));
        assertThat(policy.calendar()).isSameAs(calendar);
        assertThat(SlaPolicy.AT_RISK_SHARE).isEqualTo(0.2);
    }

    @Test
    void aPolicyNeedsTargetsForEveryPriority() {
        SlaTargets t = new SlaTargets(Duration.ofHours(1), Duration.ofHours(2));
        assertThatThrownBy(() -> new SlaPolicy(calendar, Map.of(CasePriority.LOW, t)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("MEDIUM");
        assertThatThrownBy(() -> new SlaTargets(Duration.ZERO, Duration.ofHours(2)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- response ---

    @Test
    void respondedInTimeIsNotBreached() {
        SlaStatus status = clock.evaluate(OPENED, CasePriority.CRITICAL, at(2026, 3, 2, 10, 30), null, List.of(),
                at(2026, 3, 2, 12, 0));

        assertThat(status.responseDue()).isEqualTo(at(2026, 3, 2, 11, 0));
        assertThat(status.responseBreached()).isFalse();
        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 4, 9, 0));
        assertThat(status.resolutionBreached()).isFalse();
        assertThat(status.breached()).isFalse();
        assertThat(status.paused()).isFalse();
        assertThat(status.atRisk()).isFalse();
        // Mon 12:00-16:00 4h + Tue 8.5h + Wed 07:30-09:00 1.5h
        assertThat(status.resolutionRemaining()).isEqualTo(Duration.ofHours(14));
    }

    @Test
    void unansweredResponseBreachesWhenTheDeadlinePasses() {
        SlaStatus atDeadline = clock.evaluate(OPENED, CasePriority.CRITICAL, null, null, List.of(),
                at(2026, 3, 2, 11, 0));
        SlaStatus justAfter = clock.evaluate(OPENED, CasePriority.CRITICAL, null, null, List.of(),
                at(2026, 3, 2, 11, 1));

        assertThat(atDeadline.responseBreached()).isFalse();
        assertThat(atDeadline.breached()).isFalse();
        assertThat(justAfter.responseBreached()).isTrue();
        assertThat(justAfter.resolutionBreached()).isFalse();
        assertThat(justAfter.breached()).isTrue();
    }

    @Test
    void aLateResponseStaysBreachedAndAnOnTimeOneStaysMet() {
        Instant tuesday = at(2026, 3, 3, 10, 0);
        assertThat(clock.evaluate(OPENED, CasePriority.CRITICAL, at(2026, 3, 2, 11, 30), null, List.of(), tuesday)
                .responseBreached()).isTrue();
        assertThat(clock.evaluate(OPENED, CasePriority.CRITICAL, at(2026, 3, 2, 10, 59), null, List.of(), tuesday)
                .responseBreached()).isFalse();
    }

    @Test
    void theWeekendDoesNotCountTowardsTheResponse() {
        // Friday 2026-03-06 15:00: 1h on Friday, 1h on Monday -> 08:30. Resolution: 1 + 8.5 + 7.5 -> Tue 15:00.
        Instant friday = at(2026, 3, 6, 15, 0);
        SlaStatus status = clock.evaluate(friday, CasePriority.CRITICAL, null, null, List.of(),
                at(2026, 3, 7, 12, 0));

        assertThat(status.responseDue()).isEqualTo(at(2026, 3, 9, 8, 30));
        assertThat(status.responseBreached()).isFalse();
        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 10, 15, 0));
    }

    // --- resolution ---

    @Test
    void unresolvedCaseBreachesWhenTheResolutionDeadlinePasses() {
        SlaStatus atDeadline = clock.evaluate(OPENED, CasePriority.CRITICAL, at(2026, 3, 2, 10, 0), null, List.of(),
                at(2026, 3, 4, 9, 0));
        SlaStatus after = clock.evaluate(OPENED, CasePriority.CRITICAL, at(2026, 3, 2, 10, 0), null, List.of(),
                at(2026, 3, 4, 9, 1));

        assertThat(atDeadline.resolutionBreached()).isFalse();
        assertThat(atDeadline.resolutionRemaining()).isEqualTo(Duration.ZERO);
        assertThat(after.resolutionBreached()).isTrue();
        assertThat(after.responseBreached()).isFalse();
        assertThat(after.breached()).isTrue();
        assertThat(after.atRisk()).isFalse();
        assertThat(after.resolutionRemaining()).isEqualTo(Duration.ZERO);
    }

    @Test
    void resolvedInTimeIsNotBreachedLaterOn() {
        SlaStatus status = clock.evaluate(OPENED, CasePriority.CRITICAL, at(2026, 3, 2, 10, 0),
                at(2026, 3, 3, 15, 0), List.of(), at(2026, 3, 5, 12, 0));

        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 4, 9, 0));
        assertThat(status.resolutionBreached()).isFalse();
        assertThat(status.breached()).isFalse();
        assertThat(status.atRisk()).isFalse();
        assertThat(status.resolutionRemaining()).isEqualTo(Duration.ZERO);
    }

    @Test
    void resolvedLateIsBreached() {
        SlaStatus status = clock.evaluate(OPENED, CasePriority.CRITICAL, at(2026, 3, 2, 10, 0),
                at(2026, 3, 4, 10, 0), List.of(), at(2026, 3, 5, 12, 0));

        assertThat(status.resolutionBreached()).isTrue();
        assertThat(status.breached()).isTrue();
        assertThat(status.resolutionRemaining()).isEqualTo(Duration.ZERO);
    }

    // --- pauses ---

    @Test
    void aPauseExtendsTheResolutionDueByExactlyThePausedBusinessTime() {
        // HIGH: 5 business days from Mon 09:00 -> Mon 2026-03-09 09:00 without pause.
        // Pause Tue 12:00 - Wed 10:00 = Tue 4h + Wed 2.5h = 6.5h -> Mon 09:00 + 6.5h = Mon 15:30.
        Pause pause = new Pause(at(2026, 3, 3, 12, 0), at(2026, 3, 4, 10, 0));
        Instant now = at(2026, 3, 5, 12, 0);

        SlaStatus unpaused = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, null, List.of(), now);
        SlaStatus paused = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, null, List.of(pause), now);

        assertThat(unpaused.resolutionDue()).isEqualTo(at(2026, 3, 9, 9, 0));
        assertThat(paused.resolutionDue()).isEqualTo(at(2026, 3, 9, 15, 30));
        assertThat(calendar.businessTimeBetween(unpaused.resolutionDue(), paused.resolutionDue()))
                .isEqualTo(hm(6, 30));
        assertThat(paused.responseDue()).as("the response clock never stops").isEqualTo(at(2026, 3, 2, 13, 0));
        assertThat(paused.paused()).isFalse();
        // Thu 12:00-16:00 4h + Fri 8.5h + Mon 07:30-15:30 8h
        assertThat(paused.resolutionRemaining()).isEqualTo(hm(20, 30));
    }

    @Test
    void aPauseCanPreventABreach() {
        Pause pause = new Pause(at(2026, 3, 3, 12, 0), at(2026, 3, 4, 10, 0));
        Instant resolved = at(2026, 3, 9, 12, 0);
        Instant now = at(2026, 3, 10, 9, 0);

        assertThat(clock.evaluate(OPENED, CasePriority.HIGH, OPENED, resolved, List.of(pause), now)
                .resolutionBreached()).isFalse();
        assertThat(clock.evaluate(OPENED, CasePriority.HIGH, OPENED, resolved, List.of(), now)
                .resolutionBreached()).isTrue();
    }

    @Test
    void anOpenPauseKeepsExtendingTheDueDate() {
        List<Pause> open = List.of(new Pause(at(2026, 3, 3, 12, 0), null));

        // Wed 10:00: paused 6.5h -> Mon 2026-03-09 15:30
        SlaStatus wednesday = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, null, open, at(2026, 3, 4, 10, 0));
        // Thu 10:00: paused 6.5h + 8.5h = 15h -> Mon 09:00 + 7h, Tue 07:30 + 8h = Tue 2026-03-10 15:30
        SlaStatus thursday = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, null, open, at(2026, 3, 5, 10, 0));
        // Saturday: paused Tue 4h + Wed, Thu, Fri 25.5h = 29.5h -> Thu 2026-03-12 13:00
        SlaStatus saturday = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, null, open, at(2026, 3, 7, 11, 0));

        assertThat(wednesday.resolutionDue()).isEqualTo(at(2026, 3, 9, 15, 30));
        assertThat(thursday.resolutionDue()).isEqualTo(at(2026, 3, 10, 15, 30));
        assertThat(saturday.resolutionDue()).isEqualTo(at(2026, 3, 12, 13, 0));
        assertThat(List.of(wednesday, thursday, saturday)).allSatisfy(s -> {
            assertThat(s.paused()).isTrue();
            assertThat(s.resolutionBreached()).isFalse();
            // Time left when the pause began (Tue 12:00 -> Mon 09:00: 4 + 25.5 + 1.5) stays frozen.
            assertThat(s.resolutionRemaining()).isEqualTo(Duration.ofHours(31));
        });
    }

    @Test
    void anOpenPauseStopsCountingWhenTheCaseIsResolved() {
        List<Pause> open = List.of(new Pause(at(2026, 3, 3, 12, 0), null));
        SlaStatus status = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, at(2026, 3, 4, 10, 0), open,
                at(2026, 3, 13, 12, 0));

        assertThat(status.paused()).isFalse();
        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 9, 15, 30));
        assertThat(status.resolutionBreached()).isFalse();
    }

    @Test
    void aPauseSpanningTheOriginalDueDateShiftsItByTheWholePause() {
        // CRITICAL due Wed 09:00. Pause Tue 15:00 - Thu 10:00 = 1 + 8.5 + 2.5 = 12h.
        // 2.5h were left at Tue 15:00; resumed Thu 10:00 -> Thu 12:30.
        Pause pause = new Pause(at(2026, 3, 3, 15, 0), at(2026, 3, 5, 10, 0));
        SlaStatus status = clock.evaluate(OPENED, CasePriority.CRITICAL, OPENED, null, List.of(pause),
                at(2026, 3, 5, 11, 0));

        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 5, 12, 30));
        assertThat(status.resolutionBreached()).isFalse();
        assertThat(status.resolutionRemaining()).isEqualTo(hm(1, 30));
    }

    @Test
    void pausingAnAlreadyBreachedCaseDoesNotMoveTheDueDate() {
        // CRITICAL due Wed 09:00; paused only from Wed 10:00.
        List<Pause> open = List.of(new Pause(at(2026, 3, 4, 10, 0), null));
        SlaStatus status = clock.evaluate(OPENED, CasePriority.CRITICAL, OPENED, null, open, at(2026, 3, 5, 12, 0));

        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 4, 9, 0));
        assertThat(status.resolutionBreached()).isTrue();
        assertThat(status.paused()).isTrue();
        assertThat(status.atRisk()).isFalse();
        assertThat(status.resolutionRemaining()).isEqualTo(Duration.ZERO);
    }

    @Test
    void overlappingPausesCountOnce() {
        List<Pause> pauses = List.of(
                new Pause(at(2026, 3, 3, 14, 0), at(2026, 3, 3, 15, 0)),
                new Pause(at(2026, 3, 3, 12, 0), at(2026, 3, 4, 10, 0)),
                new Pause(at(2026, 3, 4, 9, 0), at(2026, 3, 4, 10, 0)));
        SlaStatus status = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, null, pauses, at(2026, 3, 5, 12, 0));

        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 9, 15, 30));
    }

    @Test
    void pauseTimeOutsideWorkingHoursOrBeforeOpeningDoesNotCount() {
        List<Pause> pauses = List.of(
                new Pause(at(2026, 3, 2, 7, 0), at(2026, 3, 2, 10, 0)),   // only 09:00-10:00 counts: 1h
                new Pause(at(2026, 3, 6, 16, 30), at(2026, 3, 9, 7, 0)));  // the weekend: 0h
        SlaStatus status = clock.evaluate(OPENED, CasePriority.HIGH, OPENED, null, pauses, at(2026, 3, 9, 8, 0));

        assertThat(status.resolutionDue()).isEqualTo(at(2026, 3, 9, 10, 0));
    }

    @Test
    void aPauseMayNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new Pause(at(2026, 3, 3, 12, 0), at(2026, 3, 3, 11, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- at risk ---

    @Test
    void atRiskBelowTwentyPercentRemainingAndNotAbove() {
        // CRITICAL: 17h target, 20% = 3h24m; due Wed 2026-03-04 09:00 (1.5h on Wednesday morning).
        SlaStatus above = clock.evaluate(OPENED, CasePriority.CRITICAL, OPENED, null, List.of(),
                at(2026, 3, 3, 14, 0));
        SlaStatus exactly = clock.evaluate(OPENED, CasePriority.CRITICAL, OPENED, null, List.of(),
                at(2026, 3, 3, 14, 6));
        SlaStatus below = clock.evaluate(OPENED, CasePriority.CRITICAL, OPENED, null, List.of(),
                at(2026, 3, 3, 14, 7));
        SlaStatus overnight = clock.evaluate(OPENED, CasePriority.CRITICAL, OPENED, null, List.of(),
                at(2026, 3, 3, 20, 0));

        assertThat(above.resolutionRemaining()).isEqualTo(hm(3, 30));
        assertThat(above.atRisk()).isFalse();
        assertThat(exactly.resolutionRemaining()).isEqualTo(hm(3, 24));
        assertThat(exactly.atRisk()).isFalse();
        assertThat(below.resolutionRemaining()).isEqualTo(hm(3, 23));
        assertThat(below.atRisk()).isTrue();
        assertThat(below.breached()).isFalse();
        assertThat(overnight.resolutionRemaining()).isEqualTo(hm(1, 30));
        assertThat(overnight.atRisk()).isTrue();
    }

    @Test
    void atRiskForALowPriorityCaseFourBusinessDaysBeforeTheDeadline() {
        // LOW: 170h = 20 business days -> Mon 2026-03-30 09:00; 20% = 34h = 4 business days.
        SlaStatus fourDaysLeft = clock.evaluate(OPENED, CasePriority.LOW, OPENED, null, List.of(),
                at(2026, 3, 24, 9, 0));
        SlaStatus lessThanFour = clock.evaluate(OPENED, CasePriority.LOW, OPENED, null, List.of(),
                at(2026, 3, 24, 9, 1));

        assertThat(fourDaysLeft.resolutionDue()).isEqualTo(at(2026, 3, 30, 9, 0));
        assertThat(fourDaysLeft.resolutionRemaining()).isEqualTo(Duration.ofHours(34));
        assertThat(fourDaysLeft.atRisk()).isFalse();
        assertThat(lessThanFour.atRisk()).isTrue();
    }

    @Test
    void aResolvedCaseIsNeverAtRisk() {
        SlaStatus status = clock.evaluate(OPENED, CasePriority.CRITICAL, OPENED, at(2026, 3, 3, 15, 0), List.of(),
                at(2026, 3, 3, 15, 0));

        assertThat(status.atRisk()).isFalse();
        assertThat(status.resolutionRemaining()).isEqualTo(Duration.ZERO);
    }

    @Test
    void requiredArgumentsMustBeGiven() {
        Instant now = at(2026, 3, 3, 9, 0);
        assertThatThrownBy(() -> clock.evaluate(null, CasePriority.LOW, null, null, List.of(), now))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> clock.evaluate(OPENED, null, null, null, List.of(), now))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> clock.evaluate(OPENED, CasePriority.LOW, null, null, null, now))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> clock.evaluate(OPENED, CasePriority.LOW, null, null, List.of(), null))
                .isInstanceOf(NullPointerException.class);
    }
}
