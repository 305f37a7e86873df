package za.gov.dpsa.isdip.accounts.internal;

import za.gov.dpsa.isdip.tenancy.TenantAccess;

/**
 * How an invited user gets in. With email: Keycloak sent its own link to set a password and verify the address.
 * Without: a one-time setup link of the portal ({@link AccountSetup}), shown once to the inviting administrator.
 *
 * @param setupToken   the token of the setup link ({@link #setupPath()}); null when an email was sent or the account
 *                     needs no new invitation
 * @param alreadySetUp the account existed and was already set up: nothing new to hand over
 */
public record InvitationOutcome(String username, String email, boolean emailSent, String setupToken,
                                boolean alreadySetUp) {

    /** The setup link's path below the portal's address, e.g. {@code account-setup/<token>}. */
    public String setupPath() {
        return setupToken == null ? null : AccountSetup.PATH + "/" + setupToken;
    }

    /** How it is logged in DPSA's access log, for a department's first administrator. */
    TenantAccess.Invitation accessLogCode() {
        return alreadySetUp ? TenantAccess.Invitation.ALREADY_SET_UP
                : emailSent ? TenantAccess.Invitation.EMAILED : TenantAccess.Invitation.LINK;
    }
}
