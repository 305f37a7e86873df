package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the realm file must keep for its hardening to hold, checked without Keycloak (RealmHardeningTest checks the
 * running realm). Mostly rules for whoever edits the file next.
 */
class RealmFileTest {

    static final JsonNode REALM = JsonMapper.builder().build().readTree(Path.of("deploy/keycloak/isdip-realm.json")
            .toFile());

    @Test
    void noGroupCarriesARoleAndEveryGroupIsADepartment() {
        // The service account may add a department's official to any group (a department group made at onboarding
        // has no permission of its own): a group carrying dpsa-admin would hand it out.
        List<JsonNode> groups = new ArrayList<>();
        REALM.get("groups").forEach(g -> collect(g, groups));
        assertThat(groups).isNotEmpty().allSatisfy(group -> {
            assertThat(group.path("path").asString()).matches("/departments(/[a-z0-9-]+)?");
            assertThat(group.has("realmRoles")).as(group.path("path").asString()).isFalse();
            assertThat(group.has("clientRoles")).as(group.path("path").asString()).isFalse();
        });
    }

    @Test
    void theServiceAccountHasOnlyRolesThatDoNotBypassTheAdminPermissions() {
        JsonNode account = user("service-account-isdip-portal-admin");
        assertThat(account.path("realmRoles").isMissingNode() || account.path("realmRoles").isEmpty()).isTrue();
        assertThat(account.get("clientRoles").propertyNames()).containsExactly("realm-management");
        List<String> roles = new ArrayList<>();
        account.get("clientRoles").get("realm-management").forEach(r -> roles.add(r.asString()));
        assertThat(roles).containsExactlyInAnyOrder("query-users", "query-groups", "view-realm");
        assertThat(REALM.get("adminPermissionsEnabled").asBoolean()).isTrue();
    }

    @Test
    void thePortalClientNamesExactAddresses() {
        JsonNode portal = client("isdip-portal");
        List<String> addresses = new ArrayList<>();
        portal.get("redirectUris").forEach(u -> addresses.add(u.asString()));
        portal.get("webOrigins").forEach(u -> addresses.add(u.asString()));
        addresses.addAll(List.of(portal.get("attributes").get("post.logout.redirect.uris").asString().split("##")));
        assertThat(addresses).isNotEmpty().allSatisfy(uri -> assertThat(uri).startsWith("http").doesNotContain("*")
                .isNotEqualTo("+"));
    }

    @Test
    void demoPasswordsAreStoredHashedSoThePolicyDoesNotRefuseTheImport() {
        // Keycloak applies the password policy (12 characters) to a password given in clear on import, and the
        // demo password has 10: a new demo user copies the hashed credential of an existing one.
        REALM.get("users").forEach(user -> user.path("credentials").forEach(credential -> {
            if ("password".equals(credential.path("type").asString())) {
                assertThat(credential.has("value")).as(user.get("username").asString()).isFalse();
                assertThat(credential.path("credentialData").asString()).contains("pbkdf2-sha512");
            }
        }));
    }

    private static void collect(JsonNode group, List<JsonNode> into) {
        into.add(group);
        group.path("subGroups").forEach(g -> collect(g, into));
    }

    private static JsonNode user(String username) {
        for (JsonNode user : REALM.get("users")) {
            if (username.equals(user.get("username").asString())) {
                return user;
            }
        }
        throw new AssertionError("No user " + username);
    }

    private static JsonNode client(String clientId) {
        for (JsonNode client : REALM.get("clients")) {
            if (clientId.equals(client.get("clientId").asString())) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId);
    }
}
