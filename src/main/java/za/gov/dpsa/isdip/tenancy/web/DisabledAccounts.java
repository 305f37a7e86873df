package za.gov.dpsa.isdip.tenancy.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import za.gov.dpsa.isdip.tenancy.TenantWork;
import za.gov.dpsa.isdip.tenancy.data.platform.DisabledAccountEntity;
import za.gov.dpsa.isdip.tenancy.data.platform.DisabledAccountRepository;

/**
 * Accounts a department administrator disabled while their owners may still have a portal session: their next
 * request ends it (Keycloak, which disabled them and ended their sign-on session, then refuses them). Kept in the
 * platform database so that every portal instance learns of it; each instance reads the list at most every
 * {@link #REFRESH} and knows its own changes at once.
 */
@Component
public class DisabledAccounts {

    static final Duration REFRESH = Duration.ofSeconds(15);

    private final DisabledAccountRepository repository;
    private final TenantWork tenantWork;
    private final Clock clock;
    private final PlatformSnapshot<Set<String>> usernames;

    @Autowired
    DisabledAccounts(DisabledAccountRepository repository, TenantWork tenantWork, Clock clock) {
        this(repository, tenantWork, clock, REFRESH);
    }

    public DisabledAccounts(DisabledAccountRepository repository, TenantWork tenantWork, Clock clock,
                            Duration refresh) {
        this.repository = repository;
        this.tenantWork = tenantWork;
        this.clock = clock;
        this.usernames = new PlatformSnapshot<>(() -> tenantWork.inPlatform(() -> repository.findAll().stream()
                .map(DisabledAccountEntity::getUsername).collect(Collectors.toUnmodifiableSet())), Set.of(), clock,
                refresh);
    }

    public void disabled(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        tenantWork.inPlatform(() -> {
            repository.save(new DisabledAccountEntity(key, clock.instant()));
        });
        usernames.reload();
    }

    public void enabled(String username) {
        String key = username.toLowerCase(Locale.ROOT);
        tenantWork.inPlatform(() -> {
            repository.findById(key).ifPresent(repository::delete);
        });
        usernames.reload();
    }

    public boolean isDisabled(String username) {
        if (username == null) {
            return false;
        }
        return usernames.current().contains(username.toLowerCase(Locale.ROOT));
    }
}
