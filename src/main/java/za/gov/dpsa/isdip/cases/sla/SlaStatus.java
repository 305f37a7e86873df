package za.gov.dpsa.isdip.cases.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a case stands against its SLA at one moment, computed by {@link SlaClock}, so that lists and
 * escalation can show and act on it without redoing the business-time arithmetic.
 *
 * @param responseDue         when the first response is due
 * @param resolutionDue       when the resolution is due, pushed back by the business time spent paused
 * @param responseBreached    the first response came (or, without one, now is) after {@code responseDue}
 * @param resolutionBreached  the resolution came (or, without one, now is) after {@code resolutionDue}
 * @param atRisk              unresolved, not yet breached, and less than {@link SlaPolicy#AT_RISK_SHARE} of the
 *                            resolution target remains
 * @param paused              the resolution clock is stopped now (open pause, case not resolved)
 * @param resolutionRemaining business time left until {@code resolutionDue}; zero once resolved or breached
 */
public record SlaStatus(
        Instant responseDue,
        Instant resolutionDue,
        boolean responseBreached,
        boolean resolutionBreached,
        boolean atRisk,
        boolean paused,
        Duration resolutionRemaining) {

    public SlaStatus {
        Objects.requireNonNull(responseDue, "responseDue");
        Objects.requireNonNull(resolutionDue, "resolutionDue");
        Objects.requireNonNull(resolutionRemaining, "resolutionRemaining");
    }

    /** Whether either target was missed. */
    public boolean breached() {
        return responseBreached || resolutionBreached;
    }
}
