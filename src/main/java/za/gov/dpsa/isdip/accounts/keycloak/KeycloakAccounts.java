package za.gov.dpsa.isdip.accounts.keycloak;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.client.jaxrs.ResteasyClientBuilder;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.accounts.internal.DirectoryUnavailableException;
import za.gov.dpsa.isdip.core.InvalidInput;

/**
 * The portal's side of Keycloak's admin REST API, as the confidential service-account client
 * {@code isdip-portal-admin}. No permission checks here: the module's services decide who may do what, in which
 * department, before calling this. Keycloak holds the account itself to less (fine-grained admin permissions v2,
 * in the realm file): it changes only accounts in the department groups, maps only the department roles, and
 * creates groups only under {@code /departments}. The client is built on first use, so a portal that never
 * administers users never connects.
 */
@Component
public class KeycloakAccounts implements DisposableBean {

    public static final String DEPARTMENTS_GROUP = "departments";
    /** The client attribute naming an API client's department, for Keycloak's administrators. */
    public static final String DEPARTMENT_ATTRIBUTE = "isdip.department";

    private final String serverUrl;
    private final String realmName;
    private final String clientId;
    private final String clientSecret;
    private volatile Keycloak keycloak;

    KeycloakAccounts(@Value("${isdip.keycloak-admin.server-url:}") String serverUrl,
                     @Value("${isdip.keycloak-admin.realm:}") String realmName,
                     @Value("${isdip.keycloak-admin.client-id:}") String clientId,
                     @Value("${isdip.keycloak-admin.client-secret:}") String clientSecret,
                     @Value("${isdip.oidc.issuer:}") String issuer) {
        // The issuer is <server>/realms/<realm>: both default from it, so production sets only the client.
        String base = issuer.replaceAll("/+$", "");
        int realms = base.lastIndexOf("/realms/");
        this.serverUrl = !serverUrl.isBlank() ? serverUrl : realms > 0 ? base.substring(0, realms) : "";
        this.realmName = !realmName.isBlank() ? realmName : realms > 0 ? base.substring(realms + 8) : "";
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** A department's group, its id; null when it does not exist. */
    public String findDepartmentGroup(String departmentId) {
        return call(() -> {
            try {
                return realm().getGroupByPath(DEPARTMENTS_GROUP + "/" + departmentId).getId();
            } catch (NotFoundException e) {
                return null;
            }
        });
    }

    /** The department's group {@code /departments/<id>}, created (with its parent) when missing; its id. */
    public String ensureDepartmentGroup(String departmentId, String name, String shortCode) {
        String existing = findDepartmentGroup(departmentId);
        if (existing != null) {
            return existing;
        }
        return call(() -> {
            String parent;
            try {
                parent = realm().getGroupByPath(DEPARTMENTS_GROUP).getId();
            } catch (NotFoundException e) {
                GroupRepresentation top = new GroupRepresentation();
                top.setName(DEPARTMENTS_GROUP);
                parent = createdId(realm().groups().add(top));
            }
            GroupRepresentation group = new GroupRepresentation();
            group.setName(departmentId);
            group.setAttributes(Map.of("departmentName", List.of(name), "shortCode", List.of(shortCode)));
            return createdId(realm().groups().group(parent).subGroup(group));
        });
    }

    public List<UserRepresentation> members(String groupId) {
        return call(() -> realm().groups().group(groupId).members(0, 1000, false));
    }

    public Optional<UserRepresentation> user(String userId) {
        return call(() -> {
            try {
                return Optional.of(realm().users().get(userId).toRepresentation());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    public Optional<UserRepresentation> userByEmail(String email) {
        return call(() -> realm().users().searchByEmail(email, true).stream().findFirst());
    }

    public Optional<UserRepresentation> userByUsername(String username) {
        return call(() -> realm().users().searchByUsername(username, true).stream().findFirst());
    }

    /** Full group paths of the user, e.g. {@code /departments/dha}. */
    public List<String> groupPaths(String userId) {
        return call(() -> realm().users().get(userId).groups(0, 100, false).stream()
                .map(GroupRepresentation::getPath).toList());
    }

    /** The realm roles given to the user directly. */
    public Set<String> realmRoles(String userId) {
        return call(() -> realm().users().get(userId).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet()));
    }

    /** The user's effective realm roles: given directly, through composite roles or through their groups. */
    public Set<String> effectiveRealmRoles(String userId) {
        return call(() -> realm().users().get(userId).roles().realmLevel().listEffective().stream()
                .map(RoleRepresentation::getName).collect(Collectors.toSet()));
    }

    /**
     * Creates an enabled user in the department group with the roles; its id. Refuses (409) a taken username or
     * email.
     * <p>
     * The service account may create an account only as a member of a group whose members it manages (Keycloak's
     * fine-grained admin permissions v2; the realm file says which): that is {@code /departments}, whose permission
     * covers every department group below it, also one created after the realm was set up. So the account is
     * created in {@code /departments} and then moved into its department's group. If a later step fails, the half
     * made account is removed again (best effort), so the invitation can simply be repeated.
     */
    public String createUser(String groupId, String username, String email, String firstName, String lastName,
                             Collection<String> roles, List<String> requiredActions) {
        return call(() -> {
            String departments = realm().getGroupByPath(DEPARTMENTS_GROUP).getId();
            UserRepresentation user = new UserRepresentation();
            user.setUsername(username);
            user.setEmail(email);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEnabled(true);
            user.setEmailVerified(false);
            user.setRequiredActions(new ArrayList<>(requiredActions));
            user.setGroups(List.of("/" + DEPARTMENTS_GROUP));
            String id = createdId(realm().users().create(user));
            try {
                realm().users().get(id).joinGroup(groupId);
                realm().users().get(id).leaveGroup(departments);
                addRealmRoles(id, roles);
            } catch (RuntimeException e) {
                try {
                    realm().users().get(id).remove();
                } catch (RuntimeException removal) {
                    e.addSuppressed(removal);
                }
                throw e;
            }
            return id;
        });
    }

    public void addRealmRoles(String userId, Collection<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        call(() -> {
            List<RoleRepresentation> representations = roles.stream()
                    .map(role -> realm().roles().get(role).toRepresentation()).toList();
            realm().users().get(userId).roles().realmLevel().add(representations);
            return null;
        });
    }

    public void removeRealmRoles(String userId, Collection<String> roles) {
        if (roles.isEmpty()) {
            return;
        }
        call(() -> {
            List<RoleRepresentation> representations = roles.stream()
                    .map(role -> realm().roles().get(role).toRepresentation()).toList();
            realm().users().get(userId).roles().realmLevel().remove(representations);
            return null;
        });
    }

    public void setEnabled(String userId, boolean enabled) {
        call(() -> {
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            user.setEnabled(enabled);
            realm().users().get(userId).update(user);
            return null;
        });
    }

    /** Whether the realm can send email (an SMTP host is configured). */
    public boolean canSendEmail() {
        return call(() -> {
            Map<String, String> smtp = realm().toRepresentation().getSmtpServer();
            return smtp != null && smtp.get("host") != null && !smtp.get("host").isBlank();
        });
    }

    /** Keycloak's own email with a link to do the required actions (valid for the given seconds). */
    public void sendActionsEmail(String userId, String portalClientId, List<String> actions, int lifespanSeconds) {
        call(() -> {
            realm().users().get(userId).executeActionsEmail(portalClientId, null, lifespanSeconds, actions);
            return null;
        });
    }

    /**
     * Sets the user's own (not temporary) password and drops the "update password" action; a password Keycloak's
     * policy refuses is reported on the password field.
     */
    public void setPassword(String userId, String password) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(password);
        credential.setTemporary(false);
        call(() -> {
            try {
                realm().users().get(userId).resetPassword(credential);
            } catch (jakarta.ws.rs.BadRequestException e) {
                throw new za.gov.dpsa.isdip.core.InvalidInput("password", "setup.error.policy");
            }
            UserRepresentation user = realm().users().get(userId).toRepresentation();
            if (user.getRequiredActions() != null && user.getRequiredActions().remove("UPDATE_PASSWORD")) {
                realm().users().get(userId).update(user);
            }
            return null;
        });
    }

    /** Ends the user's Keycloak sessions, so a disabled user is out everywhere at once. */
    public void logout(String userId) {
        call(() -> {
            realm().users().get(userId).logout();
            return null;
        });
    }

    // ---- API clients ----------------------------------------------------------------------------------------

    /** A client the portal made for a system: Keycloak's id of it and its first secret (shown once). */
    public record MadeClient(String keycloakId, String secret) {
    }

    /**
     * Makes a confidential client for a system: client credentials only (no browser sign-in, no passwords), its
     * service account holding the given realm roles, and the "roles" claim of the portal's own client. The
     * department is written into the client as its tokens' {@code groups} claim (the department group's path), so
     * Keycloak signs it into every token exactly where a person's department group appears. It is not a group
     * membership of the service account: moving an account into a department group needs the right to move any
     * account, which the portal's service account must not have (RealmHardeningTest). If any step fails, the
     * client is deleted again: a half-made client never stays in Keycloak.
     *
     * @param departmentId the department, or null for a DPSA analytics client
     */
    public MadeClient createApiClient(String clientId, String name, String description, String departmentId,
                                      Collection<String> realmRoles) {
        return call(() -> {
            org.keycloak.representations.idm.ClientRepresentation client =
                    new org.keycloak.representations.idm.ClientRepresentation();
            client.setClientId(clientId);
            client.setName(name);
            client.setDescription(description);
            client.setEnabled(true);
            client.setProtocol("openid-connect");
            client.setPublicClient(false);
            client.setClientAuthenticatorType("client-secret");
            client.setServiceAccountsEnabled(true);
            client.setStandardFlowEnabled(false);
            client.setImplicitFlowEnabled(false);
            client.setDirectAccessGrantsEnabled(false);
            client.setFrontchannelLogout(false);
            client.setAttributes(departmentId == null ? Map.of() : Map.of(DEPARTMENT_ATTRIBUTE, departmentId));
            List<org.keycloak.representations.idm.ProtocolMapperRepresentation> mappers = new ArrayList<>();
            mappers.add(mapper("portal roles", "oidc-usermodel-realm-role-mapper",
                    Map.of("claim.name", "roles", "jsonType.label", "String", "multivalued", "true")));
            if (departmentId != null) {
                mappers.add(mapper("department", "oidc-hardcoded-claim-mapper",
                        Map.of("claim.name", "groups", "jsonType.label", "JSON",
                                "claim.value", "[\"/" + DEPARTMENTS_GROUP + "/" + departmentId + "\"]")));
            }
            client.setProtocolMappers(mappers);
            String id;
            try (Response response = realm().clients().create(client)) {
                if (response.getStatus() == 409) {
                    throw new AccountConflictException();
                }
                id = CreatedResponseUtil.getCreatedId(response);
            }
            try {
                if (!realmRoles.isEmpty()) {
                    UserRepresentation account = realm().clients().get(id).getServiceAccountUser();
                    List<RoleRepresentation> roles = realmRoles.stream()
                            .map(role -> realm().roles().get(role).toRepresentation()).toList();
                    realm().users().get(account.getId()).roles().realmLevel().add(roles);
                }
                return new MadeClient(id, realm().clients().get(id).getSecret().getValue());
            } catch (RuntimeException e) {
                try {
                    realm().clients().get(id).remove();
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
        });
    }

    /** Keycloak's id of the client with this client id, if there is one. */
    public Optional<String> findClient(String clientId) {
        return call(() -> realm().clients().findByClientId(clientId).stream().findFirst()
                .map(org.keycloak.representations.idm.ClientRepresentation::getId));
    }

    /** A new secret for the client; the old one stops working at once. */
    public String rotateApiClientSecret(String keycloakId) {
        return call(() -> realm().clients().get(keycloakId).generateNewSecret().getValue());
    }

    /** Deletes the client and its service account: no new token can be had. Gone already counts as done. */
    public void deleteApiClient(String keycloakId) {
        call(() -> {
            try {
                realm().clients().get(keycloakId).remove();
            } catch (NotFoundException gone) {
                // Deleted in Keycloak's console already: the register still records the revocation.
            }
            return null;
        });
    }

    private static org.keycloak.representations.idm.ProtocolMapperRepresentation mapper(String name, String type,
                                                                                         Map<String, String> config) {
        var mapper = new org.keycloak.representations.idm.ProtocolMapperRepresentation();
        mapper.setName(name);
        mapper.setProtocol("openid-connect");
        mapper.setProtocolMapper(type);
        Map<String, String> all = new java.util.HashMap<>(config);
        all.put("access.token.claim", "true");
        all.put("id.token.claim", "false");
        all.put("userinfo.token.claim", "false");
        all.put("introspection.token.claim", "true");
        mapper.setConfig(all);
        return mapper;
    }

    private RealmResource realm() {
        Keycloak client = keycloak;
        if (client == null) {
            synchronized (this) {
                if (keycloak == null) {
                    if (serverUrl.isBlank() || clientId.isBlank()) {
                        throw new DirectoryUnavailableException("The Keycloak admin client is not configured "
                                + "(isdip.keycloak-admin.client-id and client-secret)", null);
                    }
                    // Bounded waits (a hung Keycloak must not hang a screen) and a pool for concurrent requests.
                    ResteasyClientBuilder http = (ResteasyClientBuilder) ClientBuilder.newBuilder();
                    http.connectionPoolSize(10);
                    http.connectTimeout(5, TimeUnit.SECONDS);
                    http.readTimeout(20, TimeUnit.SECONDS);
                    keycloak = KeycloakBuilder.builder().serverUrl(serverUrl).realm(realmName)
                            .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(clientId)
                            .clientSecret(clientSecret).resteasyClient(http.build()).build();
                }
                client = keycloak;
            }
        }
        return client.realm(realmName);
    }

    private static String createdId(Response response) {
        try (response) {
            if (response.getStatus() == 409) {
                throw new AccountConflictException();
            }
            return CreatedResponseUtil.getCreatedId(response);
        }
    }

    /** Keycloak unreachable or answering with an error: one exception the services can report. */
    private static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (AccountConflictException | DirectoryUnavailableException
                 | za.gov.dpsa.isdip.core.InvalidInput e) {
            throw e;
        } catch (ProcessingException e) {
            throw new DirectoryUnavailableException("Keycloak cannot be reached: " + rootMessage(e), e);
        } catch (WebApplicationException e) {
            throw new DirectoryUnavailableException("Keycloak refused the request (HTTP "
                    + e.getResponse().getStatus() + ")", e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    @Override
    public void destroy() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    /** A user with that username or email already exists. */
    public static class AccountConflictException extends RuntimeException {
        AccountConflictException() {
            super("A Keycloak user with that username or email already exists");
        }
    }
}
