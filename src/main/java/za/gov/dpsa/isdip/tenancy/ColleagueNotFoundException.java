package za.gov.dpsa.isdip.tenancy;

/**
 * No such user in the caller's department. Said the same way for a user of another department, so a department
 * administrator learns nothing about other departments' accounts.
 */
public class ColleagueNotFoundException extends RuntimeException {
    public ColleagueNotFoundException() {
        super("No such colleague in your department");
    }
}
