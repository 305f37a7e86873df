package za.gov.dpsa.isdip.cases.sla;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import za.gov.dpsa.isdip.cases.internal.CasePriority;

/**
 * How quickly a case must be answered and resolved, by priority, in business time of a {@link BusinessCalendar};
 * one place to read and change the service standard.
 */
public final class SlaPolicy {

    /** A running clock is "at risk" when less than this share of its target business time remains. */
    public static final double AT_RISK_SHARE = 0.2;

    /** The response and resolution targets of one priority, both in business time. */
    public record SlaTargets(Duration response, Duration resolution) {
        public SlaTargets {
            Objects.requireNonNull(response, "response");
            Objects.requireNonNull(resolution, "resolution");
            if (response.isNegative() || response.isZero() || resolution.isNegative() || resolution.isZero()) {
                throw new IllegalArgumentException("targets must be positive: " + response + ", " + resolution);
            }
        }
    }

    private final BusinessCalendar calendar;
    private final Map<CasePriority, SlaTargets> targets;

    /** A policy with {@code targets} for every priority, counted on {@code calendar}. */
    public SlaPolicy(BusinessCalendar calendar, Map<CasePriority, SlaTargets> targets) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(targets, "targets");
        EnumMap<CasePriority, SlaTargets> copy = new EnumMap<>(CasePriority.class);
        for (CasePriority priority : CasePriority.values()) {
            copy.put(priority, Objects.requireNonNull(targets.get(priority), () -> "no targets for " + priority));
        }
        this.targets = copy;
    }

    /**
     * The standard targets: CRITICAL 2 business hours / 2 business days, HIGH 4 hours / 5 days,
     * MEDIUM 1 day / 10 days, LOW 2 days / 20 days.
     */
    public static SlaPolicy standard(BusinessCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        Map<CasePriority, SlaTargets> targets = new EnumMap<>(CasePriority.class);
        targets.put(CasePriority.CRITICAL, new SlaTargets(Duration.ofHours(2), calendar.businessDays(2)));
        targets.put(CasePriority.HIGH, new SlaTargets(Duration.ofHours(4), calendar.businessDays(5)));
        targets.put(CasePriority.MEDIUM, new SlaTargets(calendar.businessDays(1), calendar.businessDays(10)));
        targets.put(CasePriority.LOW, new SlaTargets(calendar.businessDays(2), calendar.businessDays(20)));
        return new SlaPolicy(calendar, targets);
    }

    /** The targets of {@code priority}. */
    public SlaTargets targetsFor(CasePriority priority) {
        return targets.get(Objects.requireNonNull(priority, "priority"));
    }

    /** The calendar the targets are counted on. */
    public BusinessCalendar calendar() {
        return calendar;
    }
}
