package za.gov.dpsa.isdip.core;

/**
 * No such record where the user looks. Said the same way whether it exists in another department or not at all,
 * so nobody learns about records they may not see. Every module's "not found" is this type.
 */
public class NotFound extends RuntimeException {

    private final String messageKey;

    public NotFound(String logMessage) {
        this(logMessage, "error.recordNotFound");
    }

    /** With the message key a view shows instead of the general one. */
    public NotFound(String logMessage, String messageKey) {
        super(logMessage);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
