package za.gov.dpsa.isdip.advocacy;

import java.util.List;

/** Why an advocacy request was refused. */
public final class AdvocacyExceptions {

    private AdvocacyExceptions() {
    }

    /** No such resource, version or campaign where the user looks (another department's is never found). */
    public static class NotFound extends RuntimeException {
        public NotFound() {
            super("Not found");
        }
    }

    /** The user's role or department does not allow this. */
    public static class NotAllowed extends org.springframework.security.access.AccessDeniedException {
        public NotAllowed() {
            super("Not allowed");
        }
    }

    /** Someone changed the record meanwhile. */
    public static class Conflict extends RuntimeException {
        public Conflict() {
            super("Changed meanwhile");
        }
    }

    /** Bad input: the field and the message key (with its arguments, e.g. a file name). */
    public static class Invalid extends za.gov.dpsa.isdip.platform.InvalidInput {
        private final List<Object> arguments;

        public Invalid(String field, String messageKey, Object... arguments) {
            super(field, messageKey);
            this.arguments = List.of(arguments);
        }

        public Object[] arguments() {
            return arguments.toArray();
        }
    }
}
