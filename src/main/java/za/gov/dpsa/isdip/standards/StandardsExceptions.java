package za.gov.dpsa.isdip.standards;

import za.gov.dpsa.isdip.platform.InvalidInput;

/** Why the alignment services refuse something. */
public final class StandardsExceptions {

    private StandardsExceptions() {
    }

    /** Input a form must refuse, with the field and the message key to show on it. */
    public static class Invalid extends InvalidInput {
        public Invalid(String field, String messageKey) {
            super(field, messageKey);
        }
    }

    /** Not found in the catalogue or in the current department (another department's ids are not found). */
    public static class NotFound extends RuntimeException {
        public NotFound(String what) {
            super("Not found: " + what);
        }
    }

    /** The signed-in user may not do this here. */
    public static class NotAllowed extends org.springframework.security.access.AccessDeniedException {
        public NotAllowed(String what) {
            super("Not allowed: " + what);
        }
    }

    /** Someone else saved the record meanwhile. */
    public static class Stale extends RuntimeException {
        public Stale() {
            super("Changed by someone else");
        }
    }
}
