package za.gov.dpsa.isdip.accounts.internal;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.accounts.data.platform.ApiClientEntity;
import za.gov.dpsa.isdip.accounts.data.platform.ApiClientRepository;
import za.gov.dpsa.isdip.accounts.keycloak.KeycloakAccounts;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ApiClientRegister;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentDirectory;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * The API clients of departments' systems and of DPSA's analytics: made, given a new secret and revoked in Keycloak
 * through its admin API, and kept in the portal's register, which the API asks on every call.
 * <p>
 * A department administrator manages their own department's clients, while working in it; a DPSA super-admin
 * manages every department's, and DPSA's analytics clients, from the platform context. Anyone else, or a client of
 * another department, finds nothing. A department client's tokens name its department as a person's name their
 * department group, and its service account holds {@code dept-user}: it may do what an official may do, no more. An analytics client holds only
 * {@code dpsa-analytics} and no department. A secret is shown once, when made or rotated; the portal keeps none.
 * Every change is in the audit trail of the context it was made in (and of the platform's register).
 */
@Service
public class ApiClients implements ApiClientRegister {

    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 60;
    public static final int DESCRIPTION_MAX = 500;
    /** Active clients per department (and for DPSA's analytics): enough for its systems, not a leak. */
    public static final int MAX_ACTIVE = 10;
    public static final String AUDIT_TYPE = "ApiClient";
    public static final int MIN_RATE = 1;
    public static final int MAX_RATE = 100_000;
    private static final Duration REMEMBERED = Duration.ofSeconds(5);

    private final ApiClientRepository register;
    private final KeycloakAccounts keycloak;
    private final DepartmentDirectory directory;
    private final TenantWork tenantWork;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final int defaultRate;
    private final String tokenUrl;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Remembered> recent = new ConcurrentHashMap<>();

    ApiClients(ApiClientRepository register, KeycloakAccounts keycloak, DepartmentDirectory directory,
               TenantWork tenantWork, AuditTrail auditTrail, Clock clock,
               @Value("${isdip.api.default-requests-per-minute:120}") int defaultRate,
               @Value("${isdip.oidc.issuer:}") String issuer) {
        this.register = register;
        this.keycloak = keycloak;
        this.directory = directory;
        this.tenantWork = tenantWork;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.defaultRate = defaultRate;
        this.tokenUrl = issuer.replaceAll("/+$", "") + "/protocol/openid-connect/token";
    }

    /** A client as its administrators see it. {@code departmentId} is empty for DPSA's analytics. */
    public record ApiClient(long id, String clientId, Optional<String> departmentId, String name, String description,
                            int requestsPerMinute, String createdBy, Instant createdAt, Instant secretRotatedAt,
                            Instant revokedAt, String revokedBy) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A secret, shown once, with what a system needs to use it. */
    public record Issued(ApiClient client, String secret, String tokenUrl) {
    }

    /** The clients this administrator manages: their department's, or for DPSA every one. */
    public List<ApiClient> list() {
        Optional<String> department = managedDepartment();
        return tenantWork.inPlatform(() -> (department.isPresent()
                ? register.findByDepartmentIdOrderByCreatedAtDesc(department.get())
                : register.findAllByOrderByDepartmentIdAscCreatedAtDesc()).stream().map(ApiClients::toClient)
                .toList());
    }

    /**
     * Makes a client for the administrator's department; DPSA names the department, or none for an analytics
     * client.
     */
    public Issued create(String name, String description, String departmentIdForDpsa) {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        Optional<String> managed = managedDepartment();
        String department = managed.orElse(blankToNull(departmentIdForDpsa));
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.length() < NAME_MIN || cleanName.length() > NAME_MAX) {
            throw new InvalidInput("name", "apiClients.invalid.name", NAME_MIN, NAME_MAX);
        }
        String cleanDescription = blankToNull(description);
        if (cleanDescription != null && cleanDescription.length() > DESCRIPTION_MAX) {
            throw new InvalidInput("description", "apiClients.invalid.description", DESCRIPTION_MAX);
        }
        if (department != null && directory.find(department).filter(Department::active).isEmpty()) {
            throw new InvalidInput("department", "apiClients.invalid.department");
        }
        long active = tenantWork.inPlatform(() -> department == null
                ? register.countByDepartmentIdIsNullAndRevokedAtIsNull()
                : register.countByDepartmentIdAndRevokedAtIsNull(department));
        if (active >= MAX_ACTIVE) {
            throw new InvalidInput("name", "apiClients.invalid.tooMany", MAX_ACTIVE);
        }
        String clientId = "isdip-api-" + (department == null ? "dpsa" : department) + "-" + slug(cleanName) + "-"
                + HexFormat.of().formatHex(bytes(2));
        List<String> roles = department == null ? List.of(PortalRole.DPSA_ANALYTICS.roleName())
                : List.of(PortalRole.DEPT_USER.roleName());
        KeycloakAccounts.MadeClient made = keycloak.createApiClient(clientId, cleanName, cleanDescription, department,
                roles);
        ApiClientEntity saved;
        try {
            saved = tenantWork.inPlatform(() -> {
                ApiClientEntity entity = new ApiClientEntity(clientId, department, cleanName, cleanDescription,
                        defaultRate, user.username(), clock.instant());
                entity.madeInKeycloak(made.keycloakId());
                return register.saveAndFlush(entity);
            });
        } catch (RuntimeException e) {
            // Not in the register, so not usable: take it out of Keycloak too.
            keycloak.deleteApiClient(made.keycloakId());
            throw e;
        }
        auditTrail.record("API_CLIENT_CREATED", AUDIT_TYPE, clientId, "department: "
                + (department == null ? "none (DPSA analytics)" : department) + "; roles: " + String.join(", ", roles));
        return new Issued(toClient(saved), made.secret(), tokenUrl);
    }

    /** A new secret; the old one stops working at once. */
    public Issued rotate(long id) {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        ApiClientEntity entity = managed(id);
        if (!entity.isActive()) {
            throw new InvalidInput("client", "apiClients.invalid.revoked");
        }
        String secret = keycloak.rotateApiClientSecret(keycloakId(entity));
        ApiClientEntity saved = tenantWork.inPlatform(() -> {
            ApiClientEntity current = register.findById(id).orElseThrow();
            current.rotated(user.username(), clock.instant());
            return register.saveAndFlush(current);
        });
        auditTrail.record("API_CLIENT_SECRET_ROTATED", AUDIT_TYPE, entity.getClientId(), null);
        return new Issued(toClient(saved), secret, tokenUrl);
    }

    /**
     * Sets a client's own rate: DPSA's call, for a system that needs more (a nightly bulk load) or one that must be
     * held back. Applies on every instance within a few seconds.
     */
    public void limitRate(long id, int requestsPerMinute) {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.hasRole(PortalRole.DPSA_ADMIN)) {
            throw new AccessDeniedException("Only DPSA sets a client's rate");
        }
        if (requestsPerMinute < MIN_RATE || requestsPerMinute > MAX_RATE) {
            throw new InvalidInput("requestsPerMinute", "apiClients.invalid.rate", MIN_RATE, MAX_RATE);
        }
        ApiClientEntity entity = managed(id);
        tenantWork.inPlatform(() -> {
            ApiClientEntity current = register.findById(id).orElseThrow();
            current.limitTo(requestsPerMinute);
            register.saveAndFlush(current);
        });
        recent.remove(entity.getClientId());
        auditTrail.record("API_CLIENT_RATE_CHANGED", AUDIT_TYPE, entity.getClientId(),
                "requests per minute: " + requestsPerMinute);
    }

    /**
     * Revokes the client: the register first, so the API refuses it on the next call (on every instance within a
     * few seconds), then Keycloak, so it gets no new token. Keycloak unreachable: the revocation stands, and the
     * exception says Keycloak still has to be told (revoking again does that).
     */
    public void revoke(long id) {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        ApiClientEntity entity = managed(id);
        if (entity.isActive()) {
            tenantWork.inPlatform(() -> {
                ApiClientEntity current = register.findById(id).orElseThrow();
                current.revoked(user.username(), clock.instant());
                register.saveAndFlush(current);
            });
            auditTrail.record("API_CLIENT_REVOKED", AUDIT_TYPE, entity.getClientId(), null);
        }
        recent.remove(entity.getClientId());
        keycloak.deleteApiClient(keycloakId(entity));
    }

    // ---- the register the API asks --------------------------------------------------------------------------

    @Override
    public Optional<RegisteredClient> find(String clientId) {
        Instant now = clock.instant();
        Remembered remembered = recent.get(clientId);
        if (remembered != null && remembered.until().isAfter(now)) {
            return remembered.client();
        }
        Optional<RegisteredClient> found = tenantWork.inPlatform(() -> register.findByClientId(clientId))
                .map(e -> new RegisteredClient(e.getClientId(), Optional.ofNullable(e.getDepartmentId()),
                        e.getRequestsPerMinute(), e.isActive()));
        recent.put(clientId, new Remembered(found, now.plus(REMEMBERED)));
        return found;
    }

    private record Remembered(Optional<RegisteredClient> client, Instant until) {
    }

    // ---- rules ----------------------------------------------------------------------------------------------

    /**
     * The department this administrator manages, or empty for DPSA (all). A DPSA super-admin who entered a
     * department manages from the platform context only, so entering changes nothing here.
     */
    private static Optional<String> managedDepartment() {
        PortalUser user = PortalUser.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (user.hasRole(PortalRole.DPSA_ADMIN)) {
            return Optional.empty();
        }
        if (user.hasRole(PortalRole.DEPT_ADMIN) && user.workingDepartment().isPresent()) {
            return user.workingDepartment();
        }
        throw new AccessDeniedException("Only a department administrator or DPSA manages API clients");
    }

    /** The client, if this administrator manages it; another department's is simply not found. */
    private ApiClientEntity managed(long id) {
        Optional<String> department = managedDepartment();
        return tenantWork.inPlatform(() -> register.findById(id))
                .filter(e -> department.isEmpty() || department.get().equals(e.getDepartmentId()))
                .orElseThrow(() -> new NotFound("API client " + id));
    }

    /** Keycloak's id of the client; a client registered from the realm file (the demo's) is looked up by name. */
    private String keycloakId(ApiClientEntity entity) {
        return entity.getKeycloakId() != null ? entity.getKeycloakId()
                : keycloak.findClient(entity.getClientId())
                        .orElseThrow(() -> new DirectoryUnavailableException("Keycloak has no client "
                                + entity.getClientId(), null));
    }

    private static ApiClient toClient(ApiClientEntity e) {
        return new ApiClient(e.getId(), e.getClientId(), Optional.ofNullable(e.getDepartmentId()), e.getName(),
                e.getDescription(), e.getRequestsPerMinute(), e.getCreatedBy(), e.getCreatedAt(),
                e.getSecretRotatedAt(), e.getRevokedAt(), e.getRevokedBy());
    }

    /** A name as part of a client id: lower-case letters and digits joined by single hyphens. */
    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        slug = slug.length() > 30 ? slug.substring(0, 30).replaceAll("-$", "") : slug;
        return slug.isEmpty() ? "system" : slug;
    }

    private byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
