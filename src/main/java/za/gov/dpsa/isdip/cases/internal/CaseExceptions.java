package za.gov.dpsa.isdip.cases.internal;

import java.time.Instant;

/** What can go wrong with a case, each with a message key the UI shows as it is. */
public final class CaseExceptions {

    private CaseExceptions() {
    }

    /** Someone else changed the case since the user loaded it; nothing was overwritten. */
    public static class Conflict extends za.gov.dpsa.isdip.core.Conflict {
        private final String changedBy;
        private final Instant changedAt;

        public Conflict(String changedBy, Instant changedAt) {
            super("The case was changed by " + changedBy + " at " + changedAt);
            this.changedBy = changedBy;
            this.changedAt = changedAt;
        }

        public String changedBy() {
            return changedBy;
        }

        public Instant changedAt() {
            return changedAt;
        }
    }

    /** The user may not do this to the case in its current state. */
    public static class NotAllowed extends RuntimeException {
        public NotAllowed(CaseAction action, CaseStatus status) {
            super(action + " is not allowed for this user on a case that is " + status);
        }
    }
}
