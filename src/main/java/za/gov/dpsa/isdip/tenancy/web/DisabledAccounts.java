package za.gov.dpsa.isdip.tenancy.web;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Accounts a department administrator disabled while their owners may still have a portal session: their next
 * request ends it (Keycloak, which disabled them and ended their sign-on session, then refuses them). Kept in
 * memory: it only has to outlive the portal sessions of this instance, which end with it.
 */
@Component
public class DisabledAccounts {

    private final Set<String> usernames = ConcurrentHashMap.newKeySet();

    public void disabled(String username) {
        usernames.add(username.toLowerCase(Locale.ROOT));
    }

    public void enabled(String username) {
        usernames.remove(username.toLowerCase(Locale.ROOT));
    }

    public boolean isDisabled(String username) {
        return username != null && usernames.contains(username.toLowerCase(Locale.ROOT));
    }
}
