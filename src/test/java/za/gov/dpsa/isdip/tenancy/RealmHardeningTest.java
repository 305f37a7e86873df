package za.gov.dpsa.isdip.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.AdminEventRepresentation;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import za.gov.dpsa.isdip.platform.embedded.KeycloakServer;
import za.gov.dpsa.isdip.support.KeycloakTestServer;

/**
 * The realm's hardening, against the real Keycloak with the repository's realm file: the portal's service account
 * is held by Keycloak's fine-grained admin permissions (never {@code dpsa-admin}, {@code trainer} or an admin role),
 * users cannot change the names and address others see, the password policy, login and admin events, and exact
 * redirect addresses. Each refusal is shown next to the allowed case it differs from. Needs Keycloak, so it runs
 * with the browser tests (tag browser).
 */
@Tag("browser")
public class RealmHardeningTest {

    static final String BASE = "http://localhost:" + KeycloakTestServer.PORT;
    static final String REALM = KeycloakServer.REALM;
    static final String PORTAL_REDIRECT = "http://localhost:18080/login/oauth2/code/keycloak";
    static final String PASSWORD = "isdip-demo";
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Keycloak administrator;
    static Keycloak serviceAccount;

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
        administrator = KeycloakTestServer.administrator();
        serviceAccount = KeycloakBuilder.builder().serverUrl(BASE).realm(REALM)
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId("isdip-portal-admin")
                .clientSecret("isdip-admin-dev-secret").build();
    }

    @AfterAll
    static void close() {
        serviceAccount.close();
        administrator.close();
    }

    @Test
    void theServiceAccountHoldsNoAdminRoleThatBypassesThePermissions() {
        RealmResource realm = administrator.realm(REALM);
        assertThat(realm.toRepresentation().isAdminPermissionsEnabled()).isTrue();
        ClientRepresentation portalAdmin = realm.clients().findByClientId("isdip-portal-admin").getFirst();
        UserRepresentation account = realm.clients().get(portalAdmin.getId()).getServiceAccountUser();
        ClientRepresentation management = realm.clients().findByClientId("realm-management").getFirst();
        assertThat(realm.users().get(account.getId()).roles().clientLevel(management.getId()).listEffective())
                .extracting(RoleRepresentation::getName)
                .containsExactlyInAnyOrder("query-users", "query-groups", "view-realm");
        assertThat(realm.users().get(account.getId()).roles().realmLevel().listEffective())
                .extracting(RoleRepresentation::getName).doesNotContain("dpsa-admin", "trainer");
    }

    @Test
    void theServiceAccountMapsDepartmentRolesButNeverDpsaAdminTrainerOrAdminRoles() {
        RealmResource portal = serviceAccount.realm(REALM);
        String official = portal.users().searchByUsername("dha.official", true).getFirst().getId();
        var roles = portal.users().get(official).roles().realmLevel();

        // Allowed: a department role, on a department member (and withdrawn again).
        RoleRepresentation reporter = portal.roles().get("dept-reporter").toRepresentation();
        roles.add(List.of(reporter));
        assertThat(realmRoles(official)).contains("dept-reporter");
        roles.remove(List.of(reporter));

        // Refused: the cross-department roles, on the user, and on /departments (a group the service account may
        // otherwise manage: it creates the department groups in it), which would hand them to every official.
        String departments = portal.getGroupByPath("departments").getId();
        for (String role : List.of("dpsa-admin", "trainer")) {
            RoleRepresentation representation = portal.roles().get(role).toRepresentation();
            assertThatThrownBy(() -> roles.add(List.of(representation))).isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> portal.groups().group(departments).roles().realmLevel()
                    .add(List.of(representation))).isInstanceOf(ForbiddenException.class);
        }
        // Refused: Keycloak's own administration roles, for a member and for the service account itself.
        RealmResource realm = administrator.realm(REALM);
        String management = realm.clients().findByClientId("realm-management").getFirst().getId();
        String self = realm.clients().get(realm.clients().findByClientId("isdip-portal-admin").getFirst().getId())
                .getServiceAccountUser().getId();
        for (String adminRole : List.of("manage-users", "realm-admin")) {
            RoleRepresentation representation = realm.clients().get(management).roles().get(adminRole)
                    .toRepresentation();
            for (String target : List.of(official, self)) {
                assertThatThrownBy(() -> portal.users().get(target).roles().clientLevel(management)
                        .add(List.of(representation))).isInstanceOf(ForbiddenException.class);
            }
        }
        assertThat(realmRoles(official)).doesNotContain("dpsa-admin", "trainer", "dept-reporter");
        assertThat(realm.users().get(official).roles().clientLevel(management).listEffective()).isEmpty();
        assertThat(realm.groups().group(departments).roles().realmLevel().listAll()).isEmpty();
    }

    @Test
    void theServiceAccountManagesDepartmentMembersButNotASuperAdmin() {
        RealmResource portal = serviceAccount.realm(REALM);
        String member = portal.users().searchByUsername("dha.reporter", true).getFirst().getId();
        String superAdmin = portal.users().searchByUsername("dpsa.superadmin", true).getFirst().getId();
        String dha = portal.getGroupByPath("departments/dha").getId();

        // It may see the super-admin (the portal's invitation checks need that) ...
        assertThat(portal.users().get(superAdmin).roles().realmLevel().listEffective())
                .extracting(RoleRepresentation::getName).contains("dpsa-admin");
        // ... and change a department member, but neither change the super-admin nor pull them into a department.
        portal.users().get(member).logout();
        assertThatThrownBy(() -> portal.users().get(superAdmin).logout()).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> portal.users().get(superAdmin).resetPassword(password("A-new-password-2026")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> portal.users().get(superAdmin).joinGroup(dha)).isInstanceOf(ForbiddenException.class);
        // An account is created only inside the department tree.
        UserRepresentation outside = new UserRepresentation();
        outside.setUsername(unique("outside"));
        outside.setEnabled(true);
        try (Response created = portal.users().create(outside)) {
            assertThat(created.getStatus()).isEqualTo(403);
        }
        assertThat(administrator.realm(REALM).users().searchByUsername(outside.getUsername(), true)).isEmpty();
    }

    @Test
    void theServiceAccountMakesApiClientsButCannotTouchThePortalsOwnClients() {
        RealmResource portal = serviceAccount.realm(REALM);
        // Fine-grained permission "portal: API clients": it makes (and deletes) clients for departments' systems ...
        org.keycloak.representations.idm.ClientRepresentation system =
                new org.keycloak.representations.idm.ClientRepresentation();
        system.setClientId(unique("isdip-api-hardening"));
        system.setServiceAccountsEnabled(true);
        system.setPublicClient(false);
        system.setStandardFlowEnabled(false);
        String id;
        try (Response created = portal.clients().create(system)) {
            assertThat(created.getStatus()).isEqualTo(201);
            id = CreatedResponseUtil.getCreatedId(created);
        }
        assertThat(portal.clients().get(id).getSecret().getValue()).isNotBlank();
        portal.clients().get(id).remove();

        // ... but "never: the portal's own clients" keeps it from reading or changing the portal's sign-in client
        // (its secret, its redirect addresses) and its own client.
        RealmResource realm = administrator.realm(REALM);
        for (String own : List.of("isdip-portal", "isdip-portal-admin")) {
            String ownId = realm.clients().findByClientId(own).getFirst().getId();
            assertThatThrownBy(() -> portal.clients().get(ownId).getSecret()).as(own)
                    .isInstanceOf(ForbiddenException.class);
            org.keycloak.representations.idm.ClientRepresentation changed = realm.clients().get(ownId)
                    .toRepresentation();
            changed.setRedirectUris(List.of("https://attacker.example/*"));
            assertThatThrownBy(() -> portal.clients().get(ownId).update(changed)).as(own)
                    .isInstanceOf(ForbiddenException.class);
        }
        // And it gives an API client's service account only the department or analytics roles, never dpsa-admin.
        assertThat(realm.roles().get("dpsa-analytics").toRepresentation().getName()).isEqualTo("dpsa-analytics");
    }

    @Test
    void aUserCannotChangeTheirOwnNamesOrEmail() throws Exception {
        String token = signIn("dha.reporter", PASSWORD).get("access_token");
        HttpResponse<String> account = send(HttpRequest.newBuilder(URI.create(BASE + "/realms/" + REALM + "/account"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET());
        assertThat(account.statusCode()).isEqualTo(200);
        ObjectNode own = (ObjectNode) JSON.readTree(account.body());
        String firstName = own.get("firstName").asString();
        String lastName = own.get("lastName").asString();
        String email = own.get("email").asString();

        // Unchanged, the account API takes the user's own profile from this token ...
        assertThat(updateOwnAccount(token, own).statusCode()).isEqualTo(204);
        // ... but not a new name or address.
        for (Consumer<ObjectNode> change : List.<Consumer<ObjectNode>>of(
                p -> p.put("firstName", "Mpho"), p -> p.put("lastName", "Radebe"),
                p -> p.put("email", "dpsa.superadmin.lookalike@isdip.test"))) {
            ObjectNode edited = own.deepCopy();
            change.accept(edited);
            HttpResponse<String> refused = updateOwnAccount(token, edited);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("error-user-attribute-read-only");
        }
        UserRepresentation after = administrator.realm(REALM).users().searchByUsername("dha.reporter", true)
                .getFirst();
        assertThat(List.of(after.getFirstName(), after.getLastName(), after.getEmail()))
                .containsExactly(firstName, lastName, email);
    }

    @Test
    void thePasswordPolicyRefusesShortGuessableAndReusedPasswords() {
        RealmResource realm = administrator.realm(REALM);
        assertThat(realm.toRepresentation().getPasswordPolicy()).contains("length(12)", "notUsername",
                "notEmail", "passwordHistory(5)");
        String username = unique("policy.check");
        String email = unique("pc") + "@dha.example.gov.za";
        UserRepresentation user = new UserRepresentation();
        user.setUsername(username);
        user.setEmail(email);
        user.setFirstName("Policy");
        user.setLastName("Check");
        user.setEnabled(true);
        user.setGroups(List.of("/departments/dha"));
        String id;
        try (Response created = realm.users().create(user)) {
            id = CreatedResponseUtil.getCreatedId(created);
        }
        // As the portal sets it (the account setup link): through its service account.
        var account = serviceAccount.realm(REALM).users().get(id);
        account.resetPassword(password("Twelve-chars"));
        // 11 characters; the username; the email address (each longer than 12).
        for (String refused : List.of("Eleven-char", username, email)) {
            assertThatThrownBy(() -> account.resetPassword(password(refused))).as(refused)
                    .isInstanceOf(BadRequestException.class);
        }
        account.resetPassword(password("Second-password-2026"));
        assertThatThrownBy(() -> account.resetPassword(password("Twelve-chars"))).as("reused")
                .isInstanceOf(BadRequestException.class);
        realm.users().get(id).remove();
    }

    @Test
    void signInsAndAdministrationAreRecordedWithARetention() {
        RealmResource realm = administrator.realm(REALM);
        RealmRepresentation settings = realm.toRepresentation();
        assertThat(settings.isEventsEnabled()).isTrue();
        assertThat(settings.isAdminEventsEnabled()).isTrue();
        assertThat(settings.isAdminEventsDetailsEnabled()).isTrue();
        assertThat(settings.getEventsExpiration()).isEqualTo(Duration.ofDays(90).toSeconds());
        assertThat(settings.getAttributes()).containsEntry("adminEventsExpiration",
                String.valueOf(Duration.ofDays(90).toSeconds()));
        assertThat(settings.isBruteForceProtected()).isTrue();

        String official = realm.users().searchByUsername("del.reporter", true).getFirst().getId();
        long before = System.currentTimeMillis() - 1000;
        signIn("del.reporter", PASSWORD);
        List<EventRepresentation> logins = realm.getEvents(List.of("LOGIN"), "isdip-portal", official, null, null,
                null, 0, 20);
        assertThat(logins).anySatisfy(e -> {
            assertThat(e.getTime()).isGreaterThanOrEqualTo(before);
            assertThat(e.getDetails()).containsEntry("username", "del.reporter")
                    .containsEntry("redirect_uri", PORTAL_REDIRECT);
        });

        // What the portal's service account changes is recorded with the change itself.
        var account = serviceAccount.realm(REALM).users().get(official);
        RoleRepresentation reporter = serviceAccount.realm(REALM).roles().get("dept-reporter").toRepresentation();
        account.roles().realmLevel().remove(List.of(reporter));
        account.roles().realmLevel().add(List.of(reporter));
        String portalAdmin = realm.clients().findByClientId("isdip-portal-admin").getFirst().getId();
        List<AdminEventRepresentation> changes = realm.getAdminEvents(List.of("CREATE"), null, null, null, null,
                "users/" + official + "/role-mappings/realm", null, null, 0, 50);
        assertThat(changes).anySatisfy(e -> {
            assertThat(e.getAuthDetails().getClientId()).isEqualTo(portalAdmin);
            assertThat(e.getRepresentation()).contains("dept-reporter");
            assertThat(e.getTime()).isGreaterThanOrEqualTo(before);
        });
    }

    @Test
    void thePortalClientAcceptsOnlyItsOwnExactAddresses() throws Exception {
        String evil = authorize("http://localhost:18080/evil").body();
        assertThat(evil).contains("Invalid parameter: redirect_uri");
        for (String other : List.of("http://127.0.0.1:18080/login/oauth2/code/keycloak",
                PORTAL_REDIRECT + "/../../evil", "http://localhost:18081/login/oauth2/code/keycloak")) {
            assertThat(authorize(other).body()).as(other).contains("Invalid parameter: redirect_uri");
        }
        for (String own : List.of(PORTAL_REDIRECT, "http://localhost:8080/login/oauth2/code/keycloak")) {
            HttpResponse<String> login = authorize(own);
            assertThat(login.statusCode()).as(own).isEqualTo(200);
            assertThat(login.body()).as(own).contains("kc-form-login").doesNotContain("Invalid parameter");
        }

        // After sign-out, Keycloak sends the browser back only to the portal's own address.
        HttpResponse<String> foreign = logout(signIn("dha.official", PASSWORD).get("id_token"),
                "http://localhost:18080/evil");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("Invalid redirect uri");
        HttpResponse<String> home = logout(signIn("dha.official", PASSWORD).get("id_token"), "http://localhost:18080");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).get().asString().startsWith("http://localhost:18080");

        ClientRepresentation client = administrator.realm(REALM).clients().findByClientId("isdip-portal").getFirst();
        assertThat(client.getRedirectUris()).noneMatch(uri -> uri.contains("*"));
        assertThat(client.getWebOrigins()).containsExactlyInAnyOrder("http://localhost:8080", "http://localhost:18080");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private static List<String> realmRoles(String userId) {
        return administrator.realm(REALM).users().get(userId).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).toList();
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }

    private static HttpResponse<String> updateOwnAccount(String token, ObjectNode profile) throws IOException,
            InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/realms/" + REALM + "/account"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(profile))));
    }

    private static HttpResponse<String> authorize(String redirectUri) throws IOException, InterruptedException {
        // A well-formed PKCE challenge (43 characters), so that only the address can be at fault.
        return send(HttpRequest.newBuilder(URI.create(authorizationUrl(redirectUri,
                "abcdefghijabcdefghijabcdefghijabcdefghijabc"))).GET());
    }

    private static String authorizationUrl(String redirectUri, String challenge) {
        return BASE + "/realms/" + REALM + "/protocol/openid-connect/auth?client_id=isdip-portal&response_type=code"
                + "&scope=openid&state=test&code_challenge_method=S256&code_challenge=" + encode(challenge)
                + "&redirect_uri=" + encode(redirectUri);
    }

    private static HttpResponse<String> logout(String idToken, String postLogoutRedirectUri) throws IOException,
            InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(BASE + "/realms/" + REALM
                + "/protocol/openid-connect/logout?id_token_hint=" + encode(idToken) + "&post_logout_redirect_uri="
                + encode(postLogoutRedirectUri))).GET());
    }

    /**
     * Signs in through Keycloak's login form as the portal does (authorization code with PKCE, the tests' portal
     * address), without a browser; the token response.
     */
    public static Map<String, String> signIn(String username, String password) {
        try {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            Map<String, String> cookies = new LinkedHashMap<>();
            HttpResponse<String> form = send(HttpRequest.newBuilder(URI.create(authorizationUrl(PORTAL_REDIRECT,
                    challenge))).GET(), cookies);
            Matcher action = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"")
                    .matcher(form.body());
            assertThat(action.find()).as("Keycloak's login form").isTrue();
            HttpResponse<String> posted = send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password="
                            + encode(password) + "&credentialId=")), cookies);
            String location = posted.headers().firstValue("Location").orElse("");
            assertThat(location).as("redirect after signing in").startsWith(PORTAL_REDIRECT + "?");
            Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            assertThat(code.find()).isTrue();
            HttpResponse<String> tokens = send(HttpRequest.newBuilder(URI.create(BASE + "/realms/" + REALM
                    + "/protocol/openid-connect/token")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&client_id=isdip-portal"
                            + "&client_secret=isdip-dev-secret&code=" + code.group(1) + "&code_verifier=" + verifier
                            + "&redirect_uri=" + encode(PORTAL_REDIRECT))));
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            var node = JSON.readTree(tokens.body());
            return Map.of("access_token", node.get("access_token").asString(), "id_token",
                    node.get("id_token").asString());
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Keycloak's cookies are marked Secure, which Java's cookie handler keeps from http: carried by hand. */
    private static HttpResponse<String> send(HttpRequest.Builder request, Map<String, String> cookies)
            throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        HttpResponse<String> response = send(request);
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }
}
