package za.gov.dpsa.isdip.tenancy;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import za.gov.dpsa.isdip.tenancy.data.department.DepartmentMemberEntity;
import za.gov.dpsa.isdip.tenancy.data.department.DepartmentMemberRepository;

/**
 * The officials of the current department, as Keycloak last described them at their sign-in. Keycloak stays
 * the source of truth; this copy lets a department assign work and send notifications without calling it.
 */
@Service
public class DepartmentMembers {

    private static final Logger log = LoggerFactory.getLogger(DepartmentMembers.class);

    private final DepartmentMemberRepository repository;
    private final TenantWork tenantWork;
    private final Clock clock;

    DepartmentMembers(DepartmentMemberRepository repository, TenantWork tenantWork, Clock clock) {
        this.repository = repository;
        this.tenantWork = tenantWork;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DepartmentMember> list() {
        return repository.findAllByOrderByDisplayNameAsc().stream().map(DepartmentMemberEntity::toMember).toList();
    }

    @Transactional(readOnly = true)
    public Optional<DepartmentMember> find(String username) {
        return repository.findById(username).map(DepartmentMemberEntity::toMember);
    }

    /** Records or refreshes a member in the current department (sign-in, demo data). */
    @Transactional
    public void record(DepartmentMember member) {
        DepartmentMemberEntity entity = repository.findById(member.username())
                .orElseGet(() -> new DepartmentMemberEntity(member.username()));
        entity.update(member.displayName(), member.email(), member.roles(), clock.instant());
        repository.save(entity);
    }

    /**
     * An administrator changed the member's department roles: their copy takes the new ones and keeps any other
     * role, without counting as a sign-in (retention looks at when members were last seen).
     */
    @Transactional
    public void departmentRolesChanged(String username, Set<PortalRole> departmentRoles,
                                       Set<PortalRole> departmentScope) {
        repository.findById(username).ifPresent(entity -> {
            Set<PortalRole> roles = EnumSet.copyOf(departmentRoles);
            entity.toMember().roles().stream().filter(role -> !departmentScope.contains(role)).forEach(roles::add);
            entity.setRoles(roles);
        });
    }

    @EventListener
    void onSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PortalUser user && user.isAssigned()) {
            user.departmentId().ifPresent(departmentId -> {
                try {
                    tenantWork.inDepartment(departmentId, () -> {
                        record(new DepartmentMember(user.username(), user.displayName(), user.getEmail(),
                                user.roles()));
                        return null;
                    });
                } catch (RuntimeException e) {
                    // Signing in must not fail because the directory copy could not be refreshed.
                    log.warn("Could not record member {} of {}: {}", user.username(), departmentId, e.getMessage());
                }
            });
        }
    }

    // ---- POPIA: the privacy module finds and forgets officials' copies ----------------------------------------

    /** A member with when they last signed in. */
    public record KnownMember(DepartmentMember member, Instant lastSeenAt) {
    }

    /** Members whose recorded name (whole, case-insensitive) or email address matches. */
    @Transactional(readOnly = true)
    public List<KnownMember> matching(String fullName, String email) {
        return repository.findByNameOrEmail(fullName, email == null ? null : email.toLowerCase(java.util.Locale.ROOT))
                .stream().map(e -> new KnownMember(e.toMember(), e.getLastSeenAt())).toList();
    }

    @Transactional(readOnly = true)
    public Optional<KnownMember> known(String username) {
        return repository.findById(username).map(e -> new KnownMember(e.toMember(), e.getLastSeenAt()));
    }

    /**
     * Deletes the department's copy of an official (name, address, account name). Keycloak stays the source:
     * an official who signs in again is recorded anew, so this is for people who have left. Records of their
     * work (a case's author or assignee) keep the account name, which the department must account for.
     */
    @Transactional
    public void forget(String username) {
        repository.deleteById(username);
    }

    /** Usernames of members not seen since {@code cutoff}. */
    @Transactional(readOnly = true)
    public List<String> notSeenSince(Instant cutoff, int limit) {
        return repository.notSeenSince(cutoff, org.springframework.data.domain.Limit.of(limit));
    }
}
