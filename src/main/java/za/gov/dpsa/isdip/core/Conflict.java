package za.gov.dpsa.isdip.core;

/**
 * Someone else changed the record since the user loaded it, or it moved to a state that no longer allows the
 * change; nothing was overwritten. Every module's optimistic-locking refusal is this type.
 */
public class Conflict extends RuntimeException {

    private final String messageKey;

    public Conflict(String logMessage) {
        this(logMessage, "error.conflict");
    }

    /** With the message key a view shows instead of the general one. */
    public Conflict(String logMessage, String messageKey) {
        super(logMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
