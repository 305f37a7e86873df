package za.gov.dpsa.isdip.accounts.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.keycloak.representations.idm.UserRepresentation;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import za.gov.dpsa.isdip.accounts.data.department.DirectoryChangeEntity;
import za.gov.dpsa.isdip.accounts.data.department.DirectoryChangeRepository;
import za.gov.dpsa.isdip.accounts.keycloak.KeycloakAccounts;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.tenancy.AccountSessions;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * A department administrator's colleagues, kept in Keycloak: list, invite, disable and re-enable, and change
 * their department roles. Every check is here, not in a view: the department is the signed-in administrator's own
 * (from their token, while working in it); a user outside that department's group is "not found"; only the
 * department roles can be granted; an administrator cannot disable themselves or drop their own administrator
 * role. Each change is recorded in the department's own database.
 */
@Service
public class DepartmentUserDirectory {

    /** The roles a department administrator may grant: never {@code dpsa-admin} or {@code trainer}. */
    public static final Set<PortalRole> GRANTABLE = Set.copyOf(EnumSet.of(PortalRole.DEPT_USER, PortalRole.DEPT_ADMIN,
            PortalRole.DEPT_REPORTER));
    static final int INVITATION_EMAIL_LIFESPAN_SECONDS = 72 * 3600;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final String DEPARTMENT_PATH = "/" + KeycloakAccounts.DEPARTMENTS_GROUP + "/";

    private final KeycloakAccounts keycloak;
    private final AccountSetup accountSetup;
    private final AccountSessions sessions;
    private final DepartmentMembers members;
    private final DirectoryChangeRepository changes;
    private final DepartmentAdministration administration;
    private final Clock clock;
    private final String portalClientId;

    DepartmentUserDirectory(KeycloakAccounts keycloak, AccountSetup accountSetup, AccountSessions sessions,
                            DepartmentMembers members,
                            DirectoryChangeRepository changes, DepartmentAdministration administration,
                            Clock clock, @Value("${isdip.oidc.client-id:isdip-portal}") String portalClientId) {
        this.keycloak = keycloak;
        this.accountSetup = accountSetup;
        this.sessions = sessions;
        this.members = members;
        this.changes = changes;
        this.administration = administration;
        this.clock = clock;
        this.portalClientId = portalClientId;
    }

    /** The users of the administrator's department, by name. */
    public List<DepartmentColleague> colleagues() {
        Caller caller = departmentAdministrator();
        String group = keycloak.findDepartmentGroup(caller.departmentId());
        if (group == null) {
            return List.of();
        }
        return keycloak.members(group).stream().map(this::toColleague)
                .sorted(Comparator.comparing(DepartmentColleague::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Creates the colleague's account in this department with the given department roles and invites them. */
    public InvitationOutcome invite(ColleagueInvitation invitation) {
        Caller caller = departmentAdministrator();
        ColleagueInvitation clean = validate(invitation);
        requireGrantable(clean.roles());
        String email = clean.email();
        if (keycloak.userByEmail(email).isPresent() || keycloak.userByUsername(email).isPresent()) {
            // Whoever holds it, and wherever they are: a department administrator cannot take over an account.
            throw new InvalidInput("email", "people.error.emailTaken");
        }
        String group = keycloak.findDepartmentGroup(caller.departmentId());
        if (group == null) {
            throw new DirectoryUnavailableException("The department has no group in Keycloak; ask DPSA", null);
        }
        InvitationOutcome outcome = createAndInvite(group, clean, caller.departmentId(), caller.username());
        record(caller.username(), email, "INVITE", DirectoryChange.stored(outcome.emailSent()
                ? DirectoryChange.Outcome.EMAILED : DirectoryChange.Outcome.LINK, clean.roles()));
        return outcome;
    }

    public void disable(String userId) {
        Caller caller = departmentAdministrator();
        UserRepresentation user = colleagueOf(caller, userId);
        if (user.getUsername().equalsIgnoreCase(caller.username())) {
            throw new AccessDeniedException("A department administrator cannot disable their own account");
        }
        keycloak.setEnabled(userId, false);
        keycloak.logout(userId);
        sessions.disabled(user.getUsername());
        record(caller.username(), user.getUsername(), "DISABLE", null);
    }

    public void enable(String userId) {
        Caller caller = departmentAdministrator();
        UserRepresentation user = colleagueOf(caller, userId);
        keycloak.setEnabled(userId, true);
        sessions.enabled(user.getUsername());
        record(caller.username(), user.getUsername(), "ENABLE", null);
    }

    /** Sets the colleague's department roles to exactly these; other realm roles they hold are left alone. */
    public void setRoles(String userId, Set<PortalRole> roles) {
        Caller caller = departmentAdministrator();
        requireKnown(roles);
        requireGrantable(roles);
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "people.error.rolesRequired");
        }
        UserRepresentation user = colleagueOf(caller, userId);
        if (user.getUsername().equalsIgnoreCase(caller.username()) && !roles.contains(PortalRole.DEPT_ADMIN)) {
            throw new AccessDeniedException("A department administrator cannot remove their own administrator role");
        }
        Set<String> held = keycloak.realmRoles(userId);
        Set<String> wanted = roles.stream().map(PortalRole::roleName).collect(Collectors.toSet());
        List<String> remove = GRANTABLE.stream().map(PortalRole::roleName)
                .filter(held::contains).filter(r -> !wanted.contains(r)).toList();
        List<String> add = wanted.stream().filter(r -> !held.contains(r)).toList();
        if (remove.isEmpty() && add.isEmpty()) {
            return; // Saved unchanged: nothing to record, and no reason to end the colleague's session.
        }
        try {
            keycloak.removeRealmRoles(userId, remove);
            keycloak.addRealmRoles(userId, add);
        } finally {
            // Whatever reached Keycloak, their open portal sessions end at the next request: a removed role must
            // not live on in a session because a later step failed.
            sessions.rolesChanged(user.getUsername());
        }
        record(caller.username(), user.getUsername(), "ROLES", DirectoryChange.stored(DirectoryChange.Outcome.ROLES,
                roles));
        members.departmentRolesChanged(user.getUsername(), roles, GRANTABLE);
    }

    /** The department's recent account changes, newest first. */
    public List<DirectoryChange> recentChanges() {
        departmentAdministrator();
        return changes.findTop50ByOrderByIdDesc().stream().map(c -> DirectoryChange.of(c.getOccurredAt(),
                c.getActor(), c.getTargetUsername(), c.getAction(), c.getDetail())).toList();
    }

    /**
     * The department's Keycloak side at onboarding: its group and its first administrator, invited. Safe to
     * repeat: an existing group is reused, and so is the administrator's account when it already is in this
     * department (a fresh invitation is issued only while they have not chosen a password). An account of another
     * department, of no department, or of a DPSA super-admin or trainer, is refused on {@code adminEmail} and left
     * as it is. For DPSA only; the caller ({@link DepartmentProvisioning}) checks that.
     */
    InvitationOutcome provisionDepartment(Department department, ColleagueInvitation firstAdministrator,
                                          String dpsaUsername) {
        ColleagueInvitation admin = validate(new ColleagueInvitation(firstAdministrator.email(),
                firstAdministrator.firstName(), firstAdministrator.lastName(),
                EnumSet.of(PortalRole.DEPT_USER, PortalRole.DEPT_ADMIN)));
        String group = keycloak.ensureDepartmentGroup(department.id(), department.name(), department.shortCode());
        Optional<UserRepresentation> existing = keycloak.userByEmail(admin.email())
                .or(() -> keycloak.userByUsername(admin.email()));
        InvitationOutcome outcome;
        if (existing.isPresent()) {
            UserRepresentation user = existing.get();
            if (holdsCrossDepartmentRole(user.getId())) {
                throw new InvalidInput("adminEmail", "dpsa.onboard.admin.crossDepartmentRole");
            }
            List<String> departments = keycloak.groupPaths(user.getId()).stream()
                    .filter(p -> p.startsWith(DEPARTMENT_PATH)).toList();
            if (departments.stream().anyMatch(p -> !p.equals(DEPARTMENT_PATH + department.id()))) {
                throw new InvalidInput("adminEmail", "dpsa.onboard.admin.otherDepartment");
            }
            if (departments.isEmpty()) {
                // The portal's service account may change only accounts in department groups (Keycloak's admin
                // permissions): an account outside them is a Keycloak administrator's to place.
                throw new InvalidInput("adminEmail", "dpsa.onboard.admin.outsideDepartments");
            }
            keycloak.addRealmRoles(user.getId(), List.of(PortalRole.DEPT_USER.roleName(),
                    PortalRole.DEPT_ADMIN.roleName()).stream()
                    .filter(r -> !keycloak.realmRoles(user.getId()).contains(r)).toList());
            // A link sets a password: only for an account whose owner has not chosen one yet.
            outcome = passwordPending(user) ? invitationFor(user.getId(), user.getUsername(), admin, department.id(), dpsaUsername)
                    : new InvitationOutcome(user.getUsername(), admin.email(), false, null, true);
        } else {
            outcome = createAndInvite(group, admin, department.id(), dpsaUsername);
        }
        administration.firstAdministratorInvited(department.id(), outcome.accessLogCode(), outcome.username(),
                () -> record(dpsaUsername, admin.email(), "INVITE_FIRST_ADMIN", outcome.alreadySetUp()
                        ? DirectoryChange.stored(DirectoryChange.Outcome.ALREADY_SET_UP, Set.of())
                        : DirectoryChange.stored(outcome.emailSent() ? DirectoryChange.Outcome.EMAILED
                                : DirectoryChange.Outcome.LINK, admin.roles())));
        return outcome;
    }

    /**
     * Refuses, before onboarding starts, an existing account that may not become a department's administrator (a
     * DPSA super-admin or trainer, or an account in no department group, which the portal may not take over). When
     * Keycloak cannot be asked now, the Keycloak step checks again.
     */
    void checkFirstAdministratorAccount(ColleagueInvitation admin) {
        String email = admin.email() == null ? "" : admin.email().strip().toLowerCase(Locale.ROOT);
        try {
            Optional<UserRepresentation> existing = keycloak.userByEmail(email).or(() -> keycloak.userByUsername(email));
            if (existing.isPresent() && holdsCrossDepartmentRole(existing.get().getId())) {
                throw new InvalidInput("adminEmail", "dpsa.onboard.admin.crossDepartmentRole");
            }
            if (existing.isPresent() && keycloak.groupPaths(existing.get().getId()).stream()
                    .noneMatch(p -> p.startsWith(DEPARTMENT_PATH))) {
                throw new InvalidInput("adminEmail", "dpsa.onboard.admin.outsideDepartments");
            }
        } catch (DirectoryUnavailableException e) {
            // The department is onboarded anyway; its Keycloak step reports the failure and refuses this account.
        }
    }

    /** Refuses a first administrator's details with the field at fault, before onboarding starts. */
    static void validateFirstAdministrator(ColleagueInvitation admin) {
        try {
            validate(new ColleagueInvitation(admin.email(), admin.firstName(), admin.lastName(),
                    EnumSet.of(PortalRole.DEPT_ADMIN)));
        } catch (InvalidInput e) {
            throw new InvalidInput("admin" + Character.toUpperCase(e.field().charAt(0))
                    + e.field().substring(1), e.messageKey());
        }
    }

    private InvitationOutcome createAndInvite(String group, ColleagueInvitation invitation, String departmentId,
                                              String actor) {
        boolean email = keycloak.canSendEmail();
        String id;
        try {
            id = keycloak.createUser(group, invitation.email(), invitation.email(), invitation.firstName(),
                    invitation.lastName(), invitation.roles().stream().map(PortalRole::roleName).toList(),
                    email ? List.of("UPDATE_PASSWORD", "VERIFY_EMAIL") : List.of("UPDATE_PASSWORD"));
        } catch (KeycloakAccounts.AccountConflictException e) {
            throw new InvalidInput("email", "people.error.emailTaken");
        }
        return invitationFor(id, invitation.email(), invitation, departmentId, actor);
    }

    private InvitationOutcome invitationFor(String userId, String username, ColleagueInvitation invitation,
                                           String departmentId, String actor) {
        if (keycloak.canSendEmail()) {
            keycloak.sendActionsEmail(userId, portalClientId, List.of("UPDATE_PASSWORD", "VERIFY_EMAIL"),
                    INVITATION_EMAIL_LIFESPAN_SECONDS);
            return new InvitationOutcome(username, invitation.email(), true, null, false);
        }
        String displayName = invitation.firstName() + " " + invitation.lastName();
        return new InvitationOutcome(username, invitation.email(), false,
                accountSetup.issue(userId, username, displayName, departmentId, actor), false);
    }

    private static ColleagueInvitation validate(ColleagueInvitation invitation) {
        String email = invitation.email() == null ? "" : invitation.email().strip().toLowerCase(Locale.ROOT);
        if (email.isEmpty() || email.length() > 200 || !EMAIL.matcher(email).matches()) {
            throw new InvalidInput("email", "people.error.email");
        }
        String first = invitation.firstName() == null ? "" : invitation.firstName().strip();
        if (first.isEmpty() || first.length() > 100 || hasHiddenCharacters(first)) {
            throw new InvalidInput("firstName", "people.error.name");
        }
        String last = invitation.lastName() == null ? "" : invitation.lastName().strip();
        if (last.isEmpty() || last.length() > 100 || hasHiddenCharacters(last)) {
            throw new InvalidInput("lastName", "people.error.name");
        }
        requireKnown(invitation.roles());
        Set<PortalRole> roles = invitation.roles() == null ? Set.of() : Set.copyOf(invitation.roles());
        if (roles.isEmpty()) {
            throw new InvalidInput("roles", "people.error.rolesRequired");
        }
        return new ColleagueInvitation(email, first, last, roles);
    }

    /**
     * A name is shown in every timeline and audit entry: no control or formatting character (bidirectional
     * overrides, zero-width characters) that could make it display as someone else's.
     */
    private static boolean hasHiddenCharacters(String name) {
        return name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    /** A tampered request can name a role key the form never offered: it arrives as no role at all. */
    private static void requireKnown(Set<PortalRole> roles) {
        if (roles != null && roles.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInput("roles", "people.error.roleUnknown");
        }
    }

    private static void requireGrantable(Set<PortalRole> roles) {
        if (roles == null || !GRANTABLE.containsAll(roles)) {
            throw new AccessDeniedException("A department administrator grants department roles only");
        }
    }

    /** The user, when they are in the caller's department and hold no cross-department role; else not found. */
    private UserRepresentation colleagueOf(Caller caller, String userId) {
        if (userId == null || userId.isBlank()) {
            throw new NotFound("No such colleague in your department", "people.error.notFound");
        }
        UserRepresentation user = keycloak.user(userId).orElseThrow(() -> new NotFound("No such colleague in your department", "people.error.notFound"));
        if (!keycloak.groupPaths(userId).contains(DEPARTMENT_PATH + caller.departmentId())) {
            throw new NotFound("No such colleague in your department", "people.error.notFound");
        }
        if (holdsCrossDepartmentRole(userId)) {
            throw new AccessDeniedException("DPSA super-admins and trainers are managed by DPSA");
        }
        return user;
    }

    /** Whether the user is a DPSA super-admin or trainer, however the role reaches them (directly, composite, group). */
    private boolean holdsCrossDepartmentRole(String userId) {
        Set<String> roles = keycloak.effectiveRealmRoles(userId);
        return roles.contains(PortalRole.DPSA_ADMIN.roleName()) || roles.contains(PortalRole.TRAINER.roleName());
    }

    private static boolean passwordPending(UserRepresentation user) {
        return user.getRequiredActions() != null && user.getRequiredActions().contains("UPDATE_PASSWORD");
    }

    private DepartmentColleague toColleague(UserRepresentation user) {
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        keycloak.realmRoles(user.getId()).forEach(name -> PortalRole.fromRoleName(name).ifPresent(roles::add));
        boolean pending = user.getRequiredActions() != null && !user.getRequiredActions().isEmpty();
        return new DepartmentColleague(user.getId(), user.getUsername(), user.getFirstName(), user.getLastName(),
                user.getEmail(), Boolean.TRUE.equals(user.isEnabled()), roles, pending);
    }

    private void record(String actor, String target, String action, String detail) {
        changes.save(new DirectoryChangeEntity(clock.instant(), actor, target, action, detail));
    }

    private record Caller(String username, String departmentId) {
    }

    private static Caller departmentAdministrator() {
        PortalUser user = PortalUser.current()
                .orElseThrow(() -> new AccessDeniedException("Not signed in"));
        if (!user.hasRole(PortalRole.DEPT_ADMIN)) {
            throw new AccessDeniedException("Only department administrators manage colleagues");
        }
        String department = user.workingDepartment()
                .orElseThrow(() -> new AccessDeniedException("Manage colleagues from within your own department"));
        return new Caller(user.username(), department);
    }
}
