package za.gov.dpsa.isdip.advocacy.internal;

/**
 * Why an advocacy request was refused, where the core refusals ({@code core.NotFound}, {@code core.Conflict},
 * {@code core.InvalidInput}) do not say it.
 */
public final class AdvocacyExceptions {

    private AdvocacyExceptions() {
    }

    /** The user's role or department does not allow this. */
    public static class NotAllowed extends org.springframework.security.access.AccessDeniedException {
        public NotAllowed() {
            super("Not allowed");
        }
    }
}
