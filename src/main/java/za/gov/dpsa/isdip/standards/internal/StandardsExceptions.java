package za.gov.dpsa.isdip.standards.internal;

/**
 * Why the alignment services refuse something, where the core refusals ({@code core.NotFound},
 * {@code core.Conflict}, {@code core.InvalidInput}) do not say it.
 */
public final class StandardsExceptions {

    private StandardsExceptions() {
    }

    /** The signed-in user may not do this here. */
    public static class NotAllowed extends org.springframework.security.access.AccessDeniedException {
        public NotAllowed(String what) {
            super("Not allowed: " + what);
        }
    }
}
