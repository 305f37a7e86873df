package za.gov.dpsa.isdip.tenancy;

/**
 * How an invited user gets in. With email: Keycloak sent its own link to set a password and verify the address.
 * Without: a one-time temporary password, shown once to the inviting administrator, that Keycloak makes the user
 * replace at first sign-in.
 *
 * @param temporaryPassword null when an email was sent or the account needs no new invitation
 * @param alreadySetUp      the account existed and was already set up: nothing new to hand over
 */
public record InvitationOutcome(String username, String email, boolean emailSent, String temporaryPassword,
                                boolean alreadySetUp) {
}
