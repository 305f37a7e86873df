package za.gov.dpsa.isdip.tenancy;

import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.tenancy.web.DisabledAccounts;
import za.gov.dpsa.isdip.tenancy.web.RoleChanges;

/**
 * How a change made to an account reaches the portal sessions it already has: a disabled account's next request
 * ends its session, and a session signed in before a change of roles is ended so that the new roles apply. The
 * account administration (in Keycloak) tells this; the enforcement on every request stays with the session
 * handling here.
 */
@Service
public class AccountSessions {

    private final DisabledAccounts disabledAccounts;
    private final RoleChanges roleChanges;

    AccountSessions(DisabledAccounts disabledAccounts, RoleChanges roleChanges) {
        this.disabledAccounts = disabledAccounts;
        this.roleChanges = roleChanges;
    }

    /** The account was disabled: its open sessions end at their next request, on every portal instance. */
    public void disabled(String username) {
        disabledAccounts.disabled(username);
    }

    /** The account was enabled again: it may sign in anew. */
    public void enabled(String username) {
        disabledAccounts.enabled(username);
    }

    /** The account's roles changed: sessions signed in before now end, so the next sign-in carries the new roles. */
    public void rolesChanged(String username) {
        roleChanges.changed(username);
    }
}
