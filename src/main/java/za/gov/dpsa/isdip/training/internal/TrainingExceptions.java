package za.gov.dpsa.isdip.training.internal;

/**
 * What can go wrong in training beyond the core refusals ({@code core.NotFound}, {@code core.InvalidInput}), each
 * with a message key the UI shows as it is.
 */
public final class TrainingExceptions {

    private TrainingExceptions() {
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
}
