package za.gov.dpsa.isdip.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.accounts.data.platform.AccountSetupEntity;
import za.gov.dpsa.isdip.accounts.data.platform.AccountSetupRepository;
import za.gov.dpsa.isdip.accounts.keycloak.KeycloakAccounts;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * One-time account setup links, for a realm that cannot send email: Keycloak hands out its own action links only
 * by email, so the portal issues its own. The link (shown once to the inviting administrator) opens a page where
 * the invited user chooses their password; the portal sets it through the admin API. Only a hash of the token is
 * stored; a link works once, for 72 hours, and a new invitation for the same user voids the older links.
 */
@Service
public class AccountSetup {

    public static final String PATH = "account-setup";
    public static final int MIN_PASSWORD_LENGTH = 12;
    static final Duration VALIDITY = Duration.ofHours(72);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountSetupRepository links;
    private final KeycloakAccounts keycloak;
    private final TenantWork tenantWork;
    private final Clock clock;

    AccountSetup(AccountSetupRepository links, KeycloakAccounts keycloak, TenantWork tenantWork, Clock clock) {
        this.links = links;
        this.keycloak = keycloak;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    /** Who a link is for, while it still works. */
    public record PendingAccountSetup(String username, String displayName, Instant expiresAt) {
    }

    /** A new link's token for the user; their earlier unused links stop working. */
    String issue(String keycloakUserId, String username, String displayName, String departmentId, String issuedBy) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        tenantWork.inPlatform(() -> {
            links.findAllOfUserForUpdate(keycloakUserId).stream().filter(old -> !old.isUsed())
                    .forEach(old -> old.markUsed(now));
            links.save(new AccountSetupEntity(hash(token), keycloakUserId, username, displayName, departmentId,
                    issuedBy, now, now.plus(VALIDITY)));
        });
        return token;
    }

    public Optional<PendingAccountSetup> find(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tenantWork.inPlatform(() -> links.findById(hash(token)).filter(link -> link.usableAt(now))
                .map(link -> new PendingAccountSetup(link.getUsername(), link.getDisplayName(), link.getExpiresAt())));
    }

    /**
     * Sets the user's password in Keycloak and uses the link up.
     *
     * @throws InvalidInput         on field {@code password} when Keycloak or the length rule refuse it
     * @throws SetupLinkNotUsableException     when the link is unknown, used or expired, or the user has already
     *                                         chosen a password
     */
    public void complete(String token, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInput("password", "setup.error.short");
        }
        Instant now = clock.instant();
        String hash = token == null ? "" : hash(token);
        // Used up first, under a row lock, so two submissions cannot both set a password; given back if Keycloak
        // refuses the password.
        AccountSetupEntity link = tenantWork.inPlatform(() -> {
            AccountSetupEntity found = links.findForUpdate(hash).filter(l -> l.usableAt(now))
                    .orElseThrow(SetupLinkNotUsableException::new);
            found.markUsed(now);
            return links.saveAndFlush(found);
        });
        // A link sets a first password only: once the user has one (set up, or an account that was never waiting
        // for one), the link stays used up.
        boolean pending;
        try {
            pending = keycloak.user(link.getKeycloakUserId()).map(u -> u.getRequiredActions() != null
                    && u.getRequiredActions().contains("UPDATE_PASSWORD")).orElse(false);
        } catch (RuntimeException e) {
            giveBack(link);
            throw e;
        }
        if (!pending) {
            throw new SetupLinkNotUsableException();
        }
        try {
            keycloak.setPassword(link.getKeycloakUserId(), password);
        } catch (RuntimeException e) {
            giveBack(link);
            throw e;
        }
    }

    /** Makes a link usable again after a failed use, unless a newer invitation has replaced it meanwhile. */
    private void giveBack(AccountSetupEntity link) {
        tenantWork.inPlatform(() -> {
            List<AccountSetupEntity> ofUser = links.findAllOfUserForUpdate(link.getKeycloakUserId());
            boolean replaced = ofUser.stream().anyMatch(l -> l.getCreatedAt().isAfter(link.getCreatedAt()));
            ofUser.stream().filter(l -> l.getTokenHash().equals(link.getTokenHash())).findFirst()
                    .filter(l -> !replaced).ifPresent(AccountSetupEntity::markUnused);
        });
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The link is unknown, already used, or expired. */
    public static class SetupLinkNotUsableException extends RuntimeException {
        public SetupLinkNotUsableException() {
            super("This account setup link is not valid any more");
        }
    }
}
