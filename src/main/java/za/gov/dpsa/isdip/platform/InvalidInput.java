package za.gov.dpsa.isdip.platform;

/**
 * Input a form must refuse: the field at fault and the message key to show next to it. The domain modules'
 * own refusals extend this, so every view shows them the same way.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidInput(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
