package za.gov.dpsa.isdip.tenancy.database;

/** Raised when work touches a database without a department or platform context. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException(String message) {
        super(message);
    }
}
