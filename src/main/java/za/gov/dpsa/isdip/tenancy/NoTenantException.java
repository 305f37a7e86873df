package za.gov.dpsa.isdip.tenancy;

/** Raised when work touches a database without a department or platform context. */
public class NoTenantException extends IllegalStateException {

    public NoTenantException(String message) {
        super(message);
    }
}
