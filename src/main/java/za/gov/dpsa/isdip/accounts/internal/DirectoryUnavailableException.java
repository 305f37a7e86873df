package za.gov.dpsa.isdip.accounts.internal;

/** Keycloak, which keeps the portal's users, could not be reached or refused the portal's request. */
public class DirectoryUnavailableException extends RuntimeException {
    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
