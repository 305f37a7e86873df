package za.gov.dpsa.isdip.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.PartialImportRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import za.gov.dpsa.isdip.platform.embedded.KeycloakServer;
import za.gov.dpsa.isdip.support.KeycloakTestServer;

/**
 * Department officials for load runs, in the test Keycloak: {@code load-<department>-<n>}, role {@code dept-user},
 * member of {@code /departments/<department>}, spread evenly over the demo departments. Imported in one call
 * (Keycloak's partial import, existing users skipped).
 * <p>
 * The test realm hashes their passwords with fewer PBKDF2 iterations than production: Keycloak runs on the same two
 * cores as the portal, and a thousand sign-ins at production cost would measure Keycloak, not the portal.
 */
final class LoadUsers {

    static final String PASSWORD = "isdip-load-test";
    static final List<String> DEPARTMENTS = List.of("del", "dha", "dpsa", "ec-social-development", "gp-health",
            "kzn-transport", "wc-education");

    private LoadUsers() {
    }

    /** The first {@code count} load officials, creating any the realm lacks. */
    static List<LoadRun.Official> ensure(int count) {
        List<UserRepresentation> users = new ArrayList<>();
        List<LoadRun.Official> officials = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String department = DEPARTMENTS.get(i % DEPARTMENTS.size());
            int ordinal = i / DEPARTMENTS.size();
            String username = "load-" + department + "-" + ordinal;
            officials.add(new LoadRun.Official(username, PASSWORD, ordinal));
            users.add(user(username, department, ordinal, "dept-user"));
        }
        try (Keycloak admin = KeycloakTestServer.administrator()) {
            RealmResource realm = admin.realm(KeycloakServer.REALM);
            RealmRepresentation settings = realm.toRepresentation();
            String policy = settings.getPasswordPolicy();
            if (policy == null || !policy.contains("hashIterations(1000)")) {
                // Added to the realm's own policy (length, history ...), which the other tests hold it to.
                settings.setPasswordPolicy(policy == null || policy.isBlank() ? "hashIterations(1000)"
                        : policy + " and hashIterations(1000)");
                realm.update(settings);
            }
            Set<String> existing = realm.users().search("load-", 0, Integer.MAX_VALUE, true).stream()
                    .map(UserRepresentation::getUsername).collect(Collectors.toSet());
            List<UserRepresentation> missing = users.stream().filter(u -> !existing.contains(u.getUsername())).toList();
            for (int from = 0; from < missing.size(); from += 200) {
                PartialImportRepresentation batch = new PartialImportRepresentation();
                batch.setIfResourceExists(PartialImportRepresentation.Policy.SKIP.name());
                batch.setUsers(missing.subList(from, Math.min(missing.size(), from + 200)));
                realm.partialImport(batch).close();
            }
        }
        return officials;
    }

    /** An official of the department who holds only the reporter role (no case work), for refusal tests. */
    static LoadRun.Official reporterOnly(String department) {
        String username = "load-reporter-" + department;
        try (Keycloak admin = KeycloakTestServer.administrator()) {
            RealmResource realm = admin.realm(KeycloakServer.REALM);
            if (realm.users().search(username, true).isEmpty()) {
                PartialImportRepresentation batch = new PartialImportRepresentation();
                batch.setIfResourceExists(PartialImportRepresentation.Policy.SKIP.name());
                batch.setUsers(List.of(user(username, department, 0, "dept-reporter")));
                realm.partialImport(batch).close();
            }
        }
        return new LoadRun.Official(username, PASSWORD, 0);
    }

    private static UserRepresentation user(String username, String department, int ordinal, String role) {
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEnabled(true);
        user.setEmailVerified(true);
        user.setFirstName("Load");
        user.setLastName(department.toUpperCase(java.util.Locale.ROOT) + " " + ordinal);
        user.setEmail(username + "@load.isdip.test");
        CredentialRepresentation password = new CredentialRepresentation();
        password.setType(CredentialRepresentation.PASSWORD);
        password.setValue(PASSWORD);
        password.setTemporary(false);
        user.setCredentials(List.of(password));
        user.setRealmRoles(List.of("default-roles-isdip", role));
        user.setGroups(List.of("/departments/" + department));
        return user;
    }
}
