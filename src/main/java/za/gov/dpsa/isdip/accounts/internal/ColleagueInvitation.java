package za.gov.dpsa.isdip.accounts.internal;

import java.util.Set;

import za.gov.dpsa.isdip.tenancy.PortalRole;

/** Who to invite into a department: their work email (also their username), names and department roles. */
public record ColleagueInvitation(String email, String firstName, String lastName, Set<PortalRole> roles) {
}
