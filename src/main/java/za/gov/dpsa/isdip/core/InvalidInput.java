package za.gov.dpsa.isdip.core;

import java.util.List;

/**
 * Input a form or an API call must refuse: the field at fault and the message key (with its arguments) to show
 * next to it. Every module's refusals are this type, so every view and the portal's error handler show them the
 * same way.
 */
public class InvalidInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final List<Object> arguments;

    public InvalidInput(String field, String messageKey, Object... arguments) {
        this(field, messageKey, field + ": " + messageKey, arguments);
    }

    /** With an English explanation for the log, where the key alone would not say what was wrong. */
    protected InvalidInput(String field, String messageKey, String logMessage, Object... arguments) {
        super(logMessage);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
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
