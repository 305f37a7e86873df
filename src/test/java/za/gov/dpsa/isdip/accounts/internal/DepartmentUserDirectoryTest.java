package za.gov.dpsa.isdip.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.representations.idm.RealmRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import za.gov.dpsa.isdip.accounts.keycloak.KeycloakAccounts;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.support.KeycloakTestServer;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.Department;
import za.gov.dpsa.isdip.tenancy.DepartmentAdministration;
import za.gov.dpsa.isdip.tenancy.DepartmentDefinition;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.Province;
import za.gov.dpsa.isdip.tenancy.Sphere;
import za.gov.dpsa.isdip.tenancy.TenancyTestAccess;
import za.gov.dpsa.isdip.tenancy.TenantWork;

/**
 * Department administrators manage their colleagues in the real Keycloak (the realm of the repository), and
 * DPSA's onboarding creates a department's group and first administrator there. Needs Keycloak, so it runs with
 * the browser tests (tag browser).
 */
@Tag("browser")
@SpringBootTest
@ActiveProfiles("test")
class DepartmentUserDirectoryTest {

    static final PortalUser DHA_ADMIN = TestUsers.user("dha.admin", "dha", "dept-user", "dept-admin");
    static final PortalUser DEL_ADMIN = TestUsers.user("del.admin", "del", "dept-user", "dept-admin");
    static final PortalUser DHA_OFFICIAL = TestUsers.user("dha.official", "dha", "dept-user");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");

    @Autowired
    DepartmentUserDirectory directory;
    @Autowired
    DepartmentAdministration administration;
    @Autowired
    DepartmentProvisioning provisioning;
    @Autowired
    KeycloakAccounts keycloak;
    @Autowired
    AccountSetup accountSetup;
    @Autowired
    za.gov.dpsa.isdip.tenancy.web.DisabledAccounts disabledAccounts;
    @Autowired
    TenantWork tenantWork;
    @Autowired
    DepartmentMembers members;

    @BeforeAll
    static void startKeycloak() {
        KeycloakTestServer.start();
    }

    @Test
    void anInvitedColleagueIsListedInTheInvitingDepartmentOnly() {
        String email = unique("new.clerk") + "@dha.example.gov.za";
        InvitationOutcome outcome = inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(" " + email.toUpperCase()
                + " ", "Sizwe", "Dube", EnumSet.of(PortalRole.DEPT_USER))));

        // The test realm sends no email: a one-time setup link is handed to the administrator.
        assertThat(outcome.emailSent()).isFalse();
        assertThat(outcome.setupPath()).startsWith("account-setup/");
        assertThat(outcome.setupToken()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(outcome.username()).isEqualTo(email);
        DepartmentColleague invited = colleague(DHA_ADMIN, "dha", email);
        assertThat(invited.roles()).containsExactly(PortalRole.DEPT_USER);
        assertThat(invited.enabled()).isTrue();
        assertThat(invited.setupPending()).isTrue();
        assertThat(inDha(DHA_ADMIN, () -> directory.colleagues())).extracting(DepartmentColleague::username)
                .contains("dha.official", "dha.reporter").doesNotContain("del.official");
        assertThat(inDel(DEL_ADMIN, () -> directory.colleagues())).extracting(DepartmentColleague::username)
                .contains("del.official").doesNotContain(email, "dha.official");
        assertThat(inDha(DHA_ADMIN, () -> directory.recentChanges())).anySatisfy(change -> {
            assertThat(change.actor()).isEqualTo("dha.admin");
            assertThat(change.targetUsername()).isEqualTo(email);
            assertThat(change.action()).isEqualTo("INVITE");
        });

        // The same address cannot be invited twice, in this department or another.
        assertThatThrownBy(() -> inDel(DEL_ADMIN, () -> directory.invite(new ColleagueInvitation(email, "Other",
                "Person", EnumSet.of(PortalRole.DEPT_USER)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("email"));
    }

    @Test
    void tamperedRoleKeysAndDisguisedNamesAreRefusedOnTheirFieldAndNothingIsCreated() {
        String email = unique("tampered") + "@dha.example.gov.za";
        // A role key the form never offered arrives as no role at all (Vaadin finds no item for it).
        Set<PortalRole> tampered = new java.util.HashSet<>(java.util.Arrays.asList(PortalRole.DEPT_USER, null));

        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email, "Sizwe",
                "Dube", tampered))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("roles");
                    assertThat(e.messageKey()).isEqualTo("people.error.roleUnknown");
                });
        // A right-to-left override would show "Dube" as someone else's name in every timeline and audit entry.
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email,
                "Sizwe", "\u202Eebud", EnumSet.of(PortalRole.DEPT_USER)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lastName"));
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email,
                "Si\u200Bzwe", "Dube", EnumSet.of(PortalRole.DEPT_USER)))))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("firstName"));
        assertThat(inDha(DHA_ADMIN, () -> directory.colleagues())).extracting(DepartmentColleague::username)
                .doesNotContain(email);
        DepartmentColleague official = colleague(DHA_ADMIN, "dha", "dha.official");
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.setRoles(official.id(), tampered);
            return null;
        })).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("roles"));
        assertThat(colleague(DHA_ADMIN, "dha", "dha.official").roles()).isEqualTo(official.roles());
    }

    @Test
    void anAdministratorOfHomeAffairsCannotSeeOrTouchAUserOfLabour() {
        DepartmentColleague labourOfficial = colleague(DEL_ADMIN, "del", "del.official");

        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.disable(labourOfficial.id());
            return null;
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.setRoles(labourOfficial.id(), EnumSet.of(PortalRole.DEPT_USER, PortalRole.DEPT_ADMIN));
            return null;
        })).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.enable(labourOfficial.id());
            return null;
        })).isInstanceOf(NotFound.class);

        DepartmentColleague after = colleague(DEL_ADMIN, "del", "del.official");
        assertThat(after.enabled()).isTrue();
        assertThat(after.roles()).containsExactly(PortalRole.DEPT_USER);
    }

    @Test
    void aDepartmentAdministratorCannotGrantDpsaAdminOrTrainer() {
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(
                unique("escalate") + "@dha.example.gov.za", "Eve", "Mallory",
                EnumSet.of(PortalRole.DEPT_USER, PortalRole.DPSA_ADMIN)))))
                .isInstanceOf(AccessDeniedException.class);
        DepartmentColleague official = colleague(DHA_ADMIN, "dha", "dha.official");
        for (PortalRole forbidden : List.of(PortalRole.DPSA_ADMIN, PortalRole.TRAINER)) {
            assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
                directory.setRoles(official.id(), EnumSet.of(PortalRole.DEPT_USER, forbidden));
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(keycloak.realmRoles(official.id())).doesNotContain("dpsa-admin", "trainer");
        // Not even for themselves.
        DepartmentColleague self = colleague(DHA_ADMIN, "dha", "dha.admin");
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.setRoles(self.id(), EnumSet.of(PortalRole.DEPT_ADMIN, PortalRole.DPSA_ADMIN));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(keycloak.realmRoles(self.id())).doesNotContain("dpsa-admin");
    }

    @Test
    void onlyADepartmentAdministratorWorkingInTheirDepartmentMayCallTheDirectory() {
        assertThatThrownBy(() -> inDha(DHA_OFFICIAL, () -> directory.colleagues()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inDha(DHA_OFFICIAL, () -> directory.invite(new ColleagueInvitation(
                unique("x") + "@dha.example.gov.za", "A", "B", EnumSet.of(PortalRole.DEPT_USER)))))
                .isInstanceOf(AccessDeniedException.class);
        // A DPSA super-admin has no department whose colleagues they would manage here.
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> directory.colleagues()))
                .isInstanceOf(AccessDeniedException.class);
        // A department administrator's work runs in their own department's context, not elsewhere.
        assertThatThrownBy(() -> TestUsers.callAs(DHA_ADMIN, () -> TenancyTestAccess.inDepartment(tenantWork, "del",
                () -> directory.colleagues()))).isInstanceOf(AccessDeniedException.class);
        // Not signed in at all.
        assertThatThrownBy(() -> TenancyTestAccess.inDepartment(tenantWork, "dha", () -> directory.colleagues()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAdministratorDisablesReenablesAndChangesRolesButCannotDisableThemselves() {
        String email = unique("analyst") + "@dha.example.gov.za";
        inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email, "Lwazi", "Cele",
                EnumSet.of(PortalRole.DEPT_USER))));
        DepartmentColleague analyst = colleague(DHA_ADMIN, "dha", email);

        inDha(DHA_ADMIN, () -> {
            directory.disable(analyst.id());
            return null;
        });
        assertThat(colleague(DHA_ADMIN, "dha", email).enabled()).isFalse();
        assertThat(disabledAccounts.isDisabled(email)).isTrue();
        // The analyst signed in once: the department's member copy knows them as an official.
        inDha(DHA_ADMIN, () -> {
            members.record(new DepartmentMember(email, "Lwazi Cele", email, EnumSet.of(PortalRole.DEPT_USER)));
            return null;
        });
        java.time.Instant seen = inDha(DHA_ADMIN, () -> members.known(email).orElseThrow().lastSeenAt());
        // The database may keep whole seconds: let one pass, so a sign-in time written by the change would show.
        java.time.Instant nextSecond = seen.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).plusSeconds(1);
        while (!java.time.Instant.now().isAfter(nextSecond)) {
            Thread.onSpinWait();
        }
        inDha(DHA_ADMIN, () -> {
            directory.enable(analyst.id());
            directory.setRoles(analyst.id(), EnumSet.of(PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER));
            return null;
        });
        DepartmentColleague after = colleague(DHA_ADMIN, "dha", email);
        assertThat(after.enabled()).isTrue();
        assertThat(disabledAccounts.isDisabled(email)).isFalse();
        assertThat(after.roles()).containsExactlyInAnyOrder(PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER);
        // Pickers and notices see the new roles at once; the change is not a sign-in.
        DepartmentMembers.KnownMember copy = inDha(DHA_ADMIN, () -> members.known(email).orElseThrow());
        assertThat(copy.member().roles()).containsExactlyInAnyOrder(PortalRole.DEPT_USER, PortalRole.DEPT_REPORTER);
        assertThat(copy.lastSeenAt()).isEqualTo(seen);
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.setRoles(analyst.id(), Set.of());
            return null;
        })).isInstanceOf(InvalidInput.class);

        DepartmentColleague self = colleague(DHA_ADMIN, "dha", "dha.admin");
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.disable(self.id());
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.setRoles(self.id(), EnumSet.of(PortalRole.DEPT_USER));
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(colleague(DHA_ADMIN, "dha", "dha.admin").enabled()).isTrue();
        assertThat(inDha(DHA_ADMIN, () -> directory.recentChanges())).extracting(DirectoryChange::action)
                .contains("DISABLE", "ENABLE", "ROLES");
    }

    @Test
    void onboardingCreatesTheDepartmentsGroupAndInvitesItsFirstAdministrator() {
        String id = "kc-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        String email = "head.of.it@" + id + ".example.gov.za";
        ColleagueInvitation admin = new ColleagueInvitation(email, "Nomsa", "Dlamini", Set.of());
        OnboardingResult result = TestUsers.callAs(DPSA, () -> provisioning.onboard(new DepartmentDefinition(id,
                "Free State Department of Test Onboarding", "FS" + id.substring(3, 7).toUpperCase(), Sphere.PROVINCIAL,
                Province.FREE_STATE, List.of()), admin));

        assertThat(result.keycloakDone()).as(result.failureKey() + " " + result.failureDetail()).isTrue();
        String firstToken = result.invitation().setupToken();
        assertThat(accountSetup.find(firstToken)).get().extracting(AccountSetup.PendingAccountSetup::username)
                .isEqualTo(email);
        String group = keycloak.findDepartmentGroup(id);
        assertThat(group).isNotNull();
        PortalUser newAdmin = TestUsers.user(email, id, "dept-user", "dept-admin");
        DepartmentColleague first = colleague(newAdmin, id, email);
        assertThat(first.roles()).containsExactlyInAnyOrder(PortalRole.DEPT_USER, PortalRole.DEPT_ADMIN);
        assertThat(first.setupPending()).isTrue();
        assertThat(keycloak.groupPaths(first.id())).containsExactly("/departments/" + id);

        // The Keycloak step can be repeated: same group, same account, a fresh link that voids the first.
        InvitationOutcome again = TestUsers.callAs(DPSA, () -> provisioning.provisionKeycloak(id, admin));
        assertThat(keycloak.findDepartmentGroup(id)).isEqualTo(group);
        assertThat(again.username()).isEqualTo(email);
        assertThat(again.setupToken()).isNotBlank().isNotEqualTo(firstToken);
        assertThat(accountSetup.find(firstToken)).isEmpty();
        assertThatThrownBy(() -> accountSetup.complete(firstToken, "a-long-enough-password"))
                .isInstanceOf(AccountSetup.SetupLinkNotUsableException.class);

        // The administrator sets their password with the link, once.
        assertThatThrownBy(() -> accountSetup.complete(again.setupToken(), "short"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("password"));
        accountSetup.complete(again.setupToken(), "Free-State-2026-admin");
        assertThat(colleague(newAdmin, id, email).setupPending()).isFalse();
        assertThat(accountSetup.find(again.setupToken())).isEmpty();
        assertThatThrownBy(() -> accountSetup.complete(again.setupToken(), "Another-password-2026"))
                .isInstanceOf(AccountSetup.SetupLinkNotUsableException.class);
        assertThat(accountSetup.find("made-up-token")).isEmpty();
        // Set up: repeating DPSA's step hands out nothing new.
        assertThat(TestUsers.callAs(DPSA, () -> provisioning.provisionKeycloak(id, admin)).alreadySetUp()).isTrue();
        assertThat(TestUsers.callAs(newAdmin, () -> TenancyTestAccess.inDepartment(tenantWork, id,
                () -> directory.colleagues())))
                .extracting(DepartmentColleague::username).containsExactly(email);
        assertThat(TestUsers.callAs(DPSA, () -> administration.health())).anySatisfy(h ->
                assertThat(h.department().id()).isEqualTo(id));

        // A department administrator cannot run DPSA's step.
        assertThatThrownBy(() -> TestUsers.callAs(DHA_ADMIN, () -> provisioning.provisionKeycloak("dha",
                new ColleagueInvitation("takeover@dha.example.gov.za", "T", "O", Set.of()))))
                .isInstanceOf(AccessDeniedException.class);
        // An account of another department cannot become this department's administrator.
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.provisionKeycloak(id,
                new ColleagueInvitation("dha.official@isdip.test", "Thabo", "Nkosi", Set.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.field()).isEqualTo("adminEmail"));
    }

    @Test
    void aTrainerOrDpsaSuperAdminCannotBeMadeADepartmentsFirstAdministrator() {
        for (String username : List.of("trainer.thandi", "dpsa.superadmin")) {
            var before = keycloak.userByUsername(username).orElseThrow();
            Set<String> rolesBefore = keycloak.realmRoles(before.getId());
            String id = "kx-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
            ColleagueInvitation admin = new ColleagueInvitation(before.getEmail(), "Someone", "Else", Set.of());

            // On the form: refused on the email field, before the department is created.
            assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.onboard(new DepartmentDefinition(id,
                    "Department of Refused Administrators", "RX" + id.substring(3, 7).toUpperCase(),
                    Sphere.NATIONAL, null, List.of()), admin)))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.field()).isEqualTo("adminEmail");
                        assertThat(e.messageKey()).isEqualTo("dpsa.onboard.admin.crossDepartmentRole");
                    });
            assertThat(TestUsers.callAs(DPSA, () -> administration.health()))
                    .noneSatisfy(h -> assertThat(h.department().id()).isEqualTo(id));
            // DPSA's Keycloak step on its own (a retry for an onboarded department) refuses them too.
            assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.provisionKeycloak("dha", admin)))
                    .isInstanceOfSatisfying(InvalidInput.class,
                            e -> assertThat(e.messageKey()).isEqualTo("dpsa.onboard.admin.crossDepartmentRole"));

            var after = keycloak.user(before.getId()).orElseThrow();
            assertThat(keycloak.groupPaths(before.getId())).isEmpty();
            assertThat(keycloak.realmRoles(before.getId())).isEqualTo(rolesBefore);
            assertThat(after.getRequiredActions()).isEqualTo(before.getRequiredActions());
            assertThat(after.getFirstName()).isEqualTo(before.getFirstName());
        }
    }

    @Test
    void anAccountOutsideEveryDepartmentIsNotTakenOverAsAFirstAdministrator() {
        // The portal's service account may not change an account outside the department groups (Keycloak's admin
        // permissions), so DPSA is told to have a Keycloak administrator place it, before anything is created.
        var before = keycloak.userByUsername("unassigned.user").orElseThrow();
        String id = "ko-" + Long.toString(System.nanoTime(), 36).substring(0, 6);
        ColleagueInvitation admin = new ColleagueInvitation(before.getEmail(), "Jabu", "Khoza", Set.of());
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.onboard(new DepartmentDefinition(id,
                "Department of Accounts Outside", "KO" + id.substring(3, 7).toUpperCase(), Sphere.NATIONAL, null,
                List.of()), admin)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("adminEmail");
                    assertThat(e.messageKey()).isEqualTo("dpsa.onboard.admin.outsideDepartments");
                });
        assertThat(TestUsers.callAs(DPSA, () -> administration.health()))
                .noneSatisfy(h -> assertThat(h.department().id()).isEqualTo(id));
        // DPSA's Keycloak step on its own refuses it too, and the account is left as it was.
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.provisionKeycloak("dha", admin)))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dpsa.onboard.admin.outsideDepartments"));
        assertThat(keycloak.groupPaths(before.getId())).isEmpty();
        assertThat(keycloak.realmRoles(before.getId())).doesNotContain("dept-user", "dept-admin");
    }

    @Test
    void aTrainerRoleGivenThroughAGroupCountsToo() {
        String email = unique("grouptrainer") + "@dha.example.gov.za";
        InvitationOutcome outcome = inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email,
                "Zanele", "Khumalo", EnumSet.of(PortalRole.DEPT_USER))));
        String userId = colleague(DHA_ADMIN, "dha", email).id();
        try (Keycloak master = KeycloakBuilder.builder().serverUrl("http://localhost:" + KeycloakTestServer.PORT)
                .realm("master").clientId("admin-cli").username("admin").password("admin").build()) {
            var realm = master.realm("isdip");
            var group = new org.keycloak.representations.idm.GroupRepresentation();
            group.setName(unique("trainers"));
            String groupId;
            try (var created = realm.groups().add(group)) {
                groupId = org.keycloak.admin.client.CreatedResponseUtil.getCreatedId(created);
            }
            realm.groups().group(groupId).roles().realmLevel().add(List.of(realm.roles().get("trainer")
                    .toRepresentation()));
            realm.users().get(userId).joinGroup(groupId);
        }
        assertThat(keycloak.realmRoles(userId)).doesNotContain("trainer");

        // Not a department colleague any more, for the department administrator ...
        assertThatThrownBy(() -> inDha(DHA_ADMIN, () -> {
            directory.disable(userId);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        // ... nor a possible first administrator, for DPSA.
        assertThatThrownBy(() -> TestUsers.callAs(DPSA, () -> provisioning.provisionKeycloak("dha",
                new ColleagueInvitation(email, "Zanele", "Khumalo", Set.of()))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.messageKey()).isEqualTo("dpsa.onboard.admin.crossDepartmentRole"));
        assertThat(keycloak.realmRoles(userId)).doesNotContain("dept-admin");
        assertThat(outcome.setupToken()).isNotBlank();
    }

    @Test
    void aSetupLinkSetsOnlyAFirstPassword() {
        String email = unique("setup") + "@dha.example.gov.za";
        InvitationOutcome outcome = inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email,
                "Lerato", "Mokoena", EnumSet.of(PortalRole.DEPT_USER))));
        String userId = colleague(DHA_ADMIN, "dha", email).id();
        accountSetup.complete(outcome.setupToken(), "Lerato-chose-this-2026");

        // A link issued for an account that already has its password cannot reset it.
        String late = accountSetup.issue(userId, email, "Lerato Mokoena", "dha", "dha.admin");
        assertThatThrownBy(() -> accountSetup.complete(late, "Someone-else-2026!"))
                .isInstanceOf(AccountSetup.SetupLinkNotUsableException.class);
        assertThat(accountSetup.find(late)).isEmpty();
        // And onboarding-style reuse of a set-up account hands out no link.
        assertThat(colleague(DHA_ADMIN, "dha", email).setupPending()).isFalse();
    }

    @Test
    void twoSimultaneousUsesOfOneSetupLinkSetOnePassword() throws Exception {
        String email = unique("twice") + "@dha.example.gov.za";
        InvitationOutcome outcome = inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email,
                "Sipho", "Dube", EnumSet.of(PortalRole.DEPT_USER))));
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<Boolean>> uses = new java.util.ArrayList<>();
            for (String password : List.of("First-password-2026", "Second-password-2026")) {
                uses.add(pool.submit(() -> {
                    start.await();
                    try {
                        accountSetup.complete(outcome.setupToken(), password);
                        return true;
                    } catch (AccountSetup.SetupLinkNotUsableException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            assertThat(List.of(uses.get(0).get(), uses.get(1).get())).containsExactlyInAnyOrder(true, false);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aPasswordKeycloakRefusesGivesTheLinkBack() {
        String email = unique("policy") + "@dha.example.gov.za";
        InvitationOutcome outcome = inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email,
                "Naledi", "Sithole", EnumSet.of(PortalRole.DEPT_USER))));
        try (Keycloak master = KeycloakBuilder.builder().serverUrl("http://localhost:" + KeycloakTestServer.PORT)
                .realm("master").clientId("admin-cli").username("admin").password("admin").build()) {
            RealmRepresentation realm = master.realm("isdip").toRepresentation();
            String policy = realm.getPasswordPolicy();
            realm.setPasswordPolicy("length(40)");
            master.realm("isdip").update(realm);
            try {
                assertThatThrownBy(() -> accountSetup.complete(outcome.setupToken(), "Too-short-for-policy-2026"))
                        .isInstanceOfSatisfying(InvalidInput.class,
                                e -> assertThat(e.messageKey()).isEqualTo("setup.error.policy"));
            } finally {
                realm.setPasswordPolicy(policy == null ? "" : policy);
                master.realm("isdip").update(realm);
            }
        }
        // Refused, not used: the same link still works, once.
        assertThat(accountSetup.find(outcome.setupToken())).isPresent();
        accountSetup.complete(outcome.setupToken(), "Naledi-chose-this-2026");
        assertThat(accountSetup.find(outcome.setupToken())).isEmpty();
    }

    @Test
    void withSmtpConfiguredTheInvitationIsKeycloaksOwnEmailAndNoPasswordIsShown() throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        GreenMail mail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        try (Keycloak master = KeycloakBuilder.builder().serverUrl("http://localhost:" + KeycloakTestServer.PORT)
                .realm("master").clientId("admin-cli").username("admin").password("admin").build()) {
            RealmRepresentation realm = master.realm("isdip").toRepresentation();
            realm.setSmtpServer(Map.of("host", "127.0.0.1", "port", String.valueOf(port),
                    "from", "no-reply@isdip.test", "fromDisplayName", "ISDIP Portal", "auth", "false",
                    "ssl", "false", "starttls", "false"));
            master.realm("isdip").update(realm);
            try {
                String email = unique("emailed") + "@dha.example.gov.za";
                InvitationOutcome outcome = inDha(DHA_ADMIN, () -> directory.invite(new ColleagueInvitation(email,
                        "Ayanda", "Zungu", EnumSet.of(PortalRole.DEPT_USER))));

                assertThat(outcome.emailSent()).isTrue();
                assertThat(outcome.setupToken()).isNull();
                assertThat(mail.waitForIncomingEmail(30_000, 1)).isTrue();
                MimeMessage message = mail.getReceivedMessages()[0];
                assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email);
                assertThat(GreenMailUtil.getBody(message)).contains("action-token");
                assertThat(colleague(DHA_ADMIN, "dha", email).setupPending()).isTrue();
            } finally {
                realm.setSmtpServer(new HashMap<>());
                master.realm("isdip").update(realm);
            }
        } finally {
            mail.stop();
        }
    }

    private DepartmentColleague colleague(PortalUser admin, String department, String username) {
        return TestUsers.callAs(admin, () -> TenancyTestAccess.inDepartment(tenantWork, department,
                        () -> directory.colleagues()))
                .stream().filter(c -> c.username().equals(username)).findFirst().orElseThrow();
    }

    private <T> T inDha(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, () -> TenancyTestAccess.inDepartment(tenantWork, "dha", work));
    }

    private <T> T inDel(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, () -> TenancyTestAccess.inDepartment(tenantWork, "del", work));
    }

    private static String unique(String prefix) {
        return prefix + "." + Long.toString(System.nanoTime(), 36);
    }
}
