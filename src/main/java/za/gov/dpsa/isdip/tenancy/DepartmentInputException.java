package za.gov.dpsa.isdip.tenancy;

import java.util.List;

/**
 * A department definition the onboarding refuses because of one field: the field, a message key with its
 * arguments for the form, and (as the exception message) the same in English for logs.
 */
public class DepartmentInputException extends IllegalArgumentException {

    private final String field;
    private final String messageKey;
    private final List<String> arguments;

    public DepartmentInputException(String field, String englishMessage, String messageKey, List<String> arguments) {
        super(field + ": " + englishMessage);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.copyOf(arguments);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's arguments, in order ({@code {0}}, {@code {1}}, ...). */
    public Object[] arguments() {
        return arguments.toArray();
    }
}
