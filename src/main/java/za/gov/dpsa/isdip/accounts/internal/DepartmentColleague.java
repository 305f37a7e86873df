package za.gov.dpsa.isdip.accounts.internal;

import java.util.Set;

import za.gov.dpsa.isdip.tenancy.PortalRole;

/**
 * A user of the department as Keycloak has them now, for the department administrator's People view.
 *
 * @param setupPending the user has not finished setting up their account (password, email) yet
 */
public record DepartmentColleague(String id, String username, String firstName, String lastName, String email,
                                  boolean enabled, Set<PortalRole> roles, boolean setupPending) {

    public String displayName() {
        String name = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return name.isEmpty() ? username : name;
    }
}
