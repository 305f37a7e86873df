package za.gov.dpsa.isdip.tenancy;

import java.util.Set;

/** An official of the department, as last seen at sign-in: for assignment pickers and notifications. */
public record DepartmentMember(String username, String displayName, String email, Set<PortalRole> roles) {
}
