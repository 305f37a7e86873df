package za.gov.dpsa.isdip.training;

import za.gov.dpsa.isdip.platform.InvalidInput;

/** What can go wrong in training, each with a message key the UI shows as it is. */
public final class TrainingExceptions {

    private TrainingExceptions() {
    }

    /** No such course, enrolment or session for this user: the same answer whether it exists elsewhere or not. */
    public static class NotFound extends RuntimeException {
        public NotFound(String what) {
            super("Not found: " + what);
        }
    }

    /** The user may not do this; the message key says why. */
    public static class NotAllowed extends RuntimeException {
        private final String messageKey;

        public NotAllowed(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Bad input, with the field and the message key to show next to it. */
    public static class Invalid extends InvalidInput {
        public Invalid(String field, String messageKey) {
            super(field, messageKey);
        }
    }
}
