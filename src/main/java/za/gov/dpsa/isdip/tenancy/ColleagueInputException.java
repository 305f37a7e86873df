package za.gov.dpsa.isdip.tenancy;

/** An invitation or role change the directory refuses because of one field: its name and a message key. */
public class ColleagueInputException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;

    public ColleagueInputException(String field, String messageKey) {
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
