package za.gov.dpsa.isdip.training.internal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A department's change readiness: how many officials answered and the average (1 to 5) of each ADKAR element,
 * null while fewer than three have answered.
 */
public record ReadinessFigures(String departmentId, String departmentName, int responses, BigDecimal awareness,
                               BigDecimal desire, BigDecimal knowledge, BigDecimal ability, BigDecimal reinforcement,
                               Instant updatedAt) {

    public boolean shown() {
        return awareness != null;
    }

    /** The mean of the five averages, or null. */
    public BigDecimal overall() {
        if (!shown()) {
            return null;
        }
        return awareness.add(desire).add(knowledge).add(ability).add(reinforcement)
                .divide(BigDecimal.valueOf(5), 2, java.math.RoundingMode.HALF_UP);
    }
}
