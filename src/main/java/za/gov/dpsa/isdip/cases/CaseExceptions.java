package za.gov.dpsa.isdip.cases;

import java.time.Instant;

/** What can go wrong with a case, each with a message key the UI shows as it is. */
public final class CaseExceptions {

    private CaseExceptions() {
    }

    /** No such case in the user's department: the same answer whether it exists elsewhere or not at all. */
    public static class NotFound extends RuntimeException {
        public NotFound(long id) {
            super("No case " + id + " in this department");
        }
    }

    /** Someone else changed the case since the user loaded it; nothing was overwritten. */
    public static class Conflict extends RuntimeException {
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

    /** Bad input, with the field and the message key to show next to it. */
    public static class Invalid extends za.gov.dpsa.isdip.platform.InvalidInput {
        public Invalid(String field, String messageKey) {
            super(field, messageKey);
        }
    }
}
