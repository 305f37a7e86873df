package za.gov.dpsa.isdip.cases.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import za.gov.dpsa.isdip.cases.internal.CasePriority;

/**
 * Evaluates a case's response and resolution clocks against an {@link SlaPolicy}, so the rules of breach,
 * pause and "at risk" live in one pure, testable place rather than in views and queries.
 *
 * <p>The response clock never stops. The resolution clock stops while the case is paused (awaiting
 * information): the resolution due date moves back by the business time spent paused. A pause that begins
 * only after the resolution was already due does not move it (a breached case cannot be un-breached by
 * pausing it), and pause time after the resolution or after {@code now} does not count. Overlapping pauses
 * count once.
 */
public final class SlaClock {

    /** The resolution clock is stopped from {@code from} until {@code until}; {@code until == null}: still paused. */
    public record Pause(Instant from, Instant until) {
        public Pause {
            Objects.requireNonNull(from, "from");
            if (until != null && until.isBefore(from)) {
                throw new IllegalArgumentException("pause ends " + until + " before it starts " + from);
            }
        }
    }

    private record Interval(Instant from, Instant until) {
    }

    private final SlaPolicy policy;

    public SlaClock(SlaPolicy policy) {
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The SLA status at {@code now} of a case opened at {@code openedAt} with {@code priority}.
     *
     * @param firstResponseAt when the case was first answered, or {@code null} if not yet
     * @param resolvedAt      when the case was resolved, or {@code null} if not yet
     * @param pauses          the periods the case was awaiting information (empty if none)
     */
    public SlaStatus evaluate(Instant openedAt, CasePriority priority, Instant firstResponseAt, Instant resolvedAt,
            List<Pause> pauses, Instant now) {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(pauses, "pauses");
        Objects.requireNonNull(now, "now");
        BusinessCalendar calendar = policy.calendar();
        SlaPolicy.SlaTargets targets = policy.targetsFor(priority);

        Instant responseDue = calendar.addBusinessTime(openedAt, targets.response());
        boolean responseBreached = (firstResponseAt != null ? firstResponseAt : now).isAfter(responseDue);

        boolean resolved = resolvedAt != null;
        Instant clockEnd = resolved && resolvedAt.isBefore(now) ? resolvedAt : now;
        Instant resolutionDue = resolutionDue(calendar, openedAt, targets.resolution(), pauses, clockEnd);
        boolean resolutionBreached = (resolved ? resolvedAt : now).isAfter(resolutionDue);

        boolean paused = !resolved && pauses.stream().anyMatch(p -> p.until() == null);
        Duration remaining = resolved || resolutionBreached
                ? Duration.ZERO
                : calendar.businessTimeBetween(now, resolutionDue);
        boolean atRisk = !resolved && !resolutionBreached
                && remaining.compareTo(atRiskThreshold(targets.resolution())) < 0;

        return new SlaStatus(responseDue, resolutionDue, responseBreached, resolutionBreached, atRisk, paused,
                remaining);
    }

    private static Duration atRiskThreshold(Duration target) {
        return Duration.ofNanos(Math.round(target.toNanos() * SlaPolicy.AT_RISK_SHARE));
    }

    private static Instant resolutionDue(BusinessCalendar calendar, Instant openedAt, Duration target,
            List<Pause> pauses, Instant clockEnd) {
        Instant due = calendar.addBusinessTime(openedAt, target);
        Duration pausedTime = Duration.ZERO;
        for (Interval pause : mergedPauses(pauses, openedAt, clockEnd)) {
            if (!pause.from().isBefore(due)) {
                break; // the clock had run out before this pause began
            }
            pausedTime = pausedTime.plus(calendar.businessTimeBetween(pause.from(), pause.until()));
            due = calendar.addBusinessTime(openedAt, target.plus(pausedTime));
        }
        return due;
    }

    /** The pauses clipped to [openedAt, clockEnd], an open pause running to clockEnd, sorted, overlaps merged. */
    private static List<Interval> mergedPauses(List<Pause> pauses, Instant openedAt, Instant clockEnd) {
        List<Interval> clipped = new ArrayList<>();
        for (Pause pause : pauses) {
            Objects.requireNonNull(pause, "pause");
            Instant from = pause.from().isAfter(openedAt) ? pause.from() : openedAt;
            Instant until = pause.until() == null || pause.until().isAfter(clockEnd) ? clockEnd : pause.until();
            if (until.isAfter(from)) {
                clipped.add(new Interval(from, until));
            }
        }
        clipped.sort(Comparator.comparing(Interval::from));
        List<Interval> merged = new ArrayList<>();
        for (Interval next : clipped) {
            int last = merged.size() - 1;
            if (last >= 0 && !next.from().isAfter(merged.get(last).until())) {
                Interval prev = merged.get(last);
                if (next.until().isAfter(prev.until())) {
                    merged.set(last, new Interval(prev.from(), next.until()));
                }
            } else {
                merged.add(next);
            }
        }
        return merged;
    }
}
