package za.gov.dpsa.isdip.cases.internal;

import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.AuditTrail;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.DepartmentEntry;
import za.gov.dpsa.isdip.tenancy.DepartmentMember;
import za.gov.dpsa.isdip.tenancy.DepartmentMembers;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import za.gov.dpsa.isdip.tenancy.TenantAccess;
import za.gov.dpsa.isdip.training.internal.TrainingDashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * POPIA safeguards on a real database: a citizen's details are shown only on an explicit, logged request (a stated
 * reason for officials not on the case; DPSA's view of what a department shared logged in the platform and in the
 * department), taking a case reveals nothing, and exports are recorded with what they held.
 */
@SpringBootTest
@ActiveProfiles("test")
class PopiaSafeguardsTest {

    static final PortalUser AUTHOR = TestUsers.user("gp-health.author", "gp-health", "dept-user");
    static final PortalUser COLLEAGUE = TestUsers.user("gp-health.colleague", "gp-health", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("gp-health.admin", "gp-health", "dept-user", "dept-admin");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    static final PortalUser TRAINER = TestUsers.user("trainer.exporter", null, "trainer");

    @Autowired
    CaseService cases;
    @Autowired
    EscalationService escalations;
    @Autowired
    AuditTrail trail;
    @Autowired
    DepartmentEntry departmentEntry;
    @Autowired
    DepartmentMembers members;
    @Autowired
    TrainingDashboard trainingDashboard;

    @BeforeEach
    void officialsAreKnown() {
        as(ADMIN, () -> {
            for (PortalUser user : List.of(AUTHOR, COLLEAGUE, ADMIN)) {
                members.record(new DepartmentMember(user.username(), user.displayName(), null, user.roles()));
            }
            return null;
        });
    }

    @Test
    void dpsaSeesSharedDetailsOnlyAfterAnExplicitStepLoggedInThePlatformAndInTheDepartment() {
        CitizenDetails citizen = new CitizenDetails("Palesa Mofokeng", null, "+27 11 555 0177", "palesa@example.org");
        long id = as(AUTHOR, () -> cases.create(newCase("Clinic queue complaint for DPSA", citizen)));
        String reference = as(AUTHOR, () -> cases.details(id).reference());
        as(AUTHOR, () -> {
            cases.escalate(id, cases.details(id).version(), "The complainant asked DPSA to intervene", true);
            return null;
        });
        long escalation = as(DPSA, () -> escalations.queue(Set.of(), "gp-health")).stream()
                .filter(e -> e.caseReference().equals(reference)).findFirst().orElseThrow().id();

        // What DPSA reads of the escalation holds nothing of the citizen; it only says that details were shared.
        EscalationDetails details = as(DPSA, () -> escalations.details(escalation));
        assertThat(details.citizenShared()).isTrue();
        assertThat(details.toString()).doesNotContain(citizen.fullName()).doesNotContain(citizen.phone())
                .doesNotContain(citizen.email());
        assertThat(as(AUTHOR, () -> cases.citizenAccessLog(id))).isEmpty();

        assertThat(as(DPSA, () -> escalations.showCitizen(escalation))).get().isEqualTo(
                new CitizenDetails(citizen.fullName(), null, citizen.phone(), citizen.email()));

        // The platform's audit trail: who, which escalation and case, why.
        assertThat(as(DPSA, () -> trail.search(reference, AuditTrail.VIEW_PERSONAL_INFORMATION, null, null)))
                .singleElement().satisfies(e -> {
                    assertThat(e.username()).isEqualTo(DPSA.username());
                    assertThat(e.entityType()).isEqualTo("EscalationCitizen");
                    assertThat(e.detail()).contains("escalation " + escalation).contains(EscalationService.DPSA_PURPOSE);
                });
        // The platform's access log: the delivery into the department.
        assertThat(as(DPSA, () -> departmentEntry.recent())).filteredOn(a -> a.action().equals("DELIVER")
                        && a.reasonArguments().contains(reference)).extracting(TenantAccess::reasonKey)
                .contains("dpsa.accessLog.deliver.citizenView");
        // The department's own access log of the case, and its audit trail.
        assertThat(as(AUTHOR, () -> cases.citizenAccessLog(id))).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo(DPSA.username());
            assertThat(a.basis()).isEqualTo(CitizenAccess.DPSA);
            assertThat(a.purpose()).contains(EscalationService.DPSA_PURPOSE).contains("escalation " + escalation);
        });
        assertThat(as(ADMIN, () -> trail.search(reference, AuditTrail.VIEW_PERSONAL_INFORMATION, null, null)))
                .singleElement().satisfies(e -> {
                    assertThat(e.username()).isEqualTo(DPSA.username());
                    assertThat(e.detail()).startsWith("DPSA: ");
                });
    }

    @Test
    void anOfficialNotOnTheCaseMustStateAReasonWhichIsLoggedWhileTheAuthorNeedsNone() {
        long id = as(AUTHOR, () -> cases.create(newCase("Rude treatment at the Soweto clinic",
                new CitizenDetails("Sizwe Dlamini", null, "+27 11 555 0188", null))));
        String reference = as(AUTHOR, () -> cases.details(id).reference());

        for (String missing : new String[] {null, "   ", "Curious"}) {
            assertThatThrownBy(() -> as(COLLEAGUE, () -> cases.viewCitizen(id, missing)))
                    .isInstanceOfSatisfying(InvalidInput.class, invalid -> {
                        assertThat(invalid.field()).isEqualTo("reason");
                        assertThat(invalid.messageKey()).isEqualTo("cases.citizen.reason.required");
                    });
        }
        assertThatThrownBy(() -> as(COLLEAGUE, () -> cases.viewCitizen(id, "x".repeat(CaseService.MAX_REASON + 1))))
                .isInstanceOfSatisfying(InvalidInput.class,
                        invalid -> assertThat(invalid.messageKey()).isEqualTo("cases.invalid.tooLong"));
        assertThat(as(AUTHOR, () -> cases.citizenAccessLog(id))).as("refused requests show and log nothing").isEmpty();

        String reason = "Covering the help desk: the complainant phoned back";
        assertThat(as(COLLEAGUE, () -> cases.viewCitizen(id, reason))).get().extracting(CitizenDetails::fullName)
                .isEqualTo("Sizwe Dlamini");
        assertThat(as(AUTHOR, () -> cases.viewCitizen(id, null))).isPresent();

        assertThat(as(AUTHOR, () -> cases.citizenAccessLog(id)))
                .extracting(CitizenAccess::username, CitizenAccess::basis, CitizenAccess::purpose)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(COLLEAGUE.username(), CitizenAccess.REASON, reason),
                        org.assertj.core.groups.Tuple.tuple(AUTHOR.username(), CitizenAccess.AUTHOR,
                                CaseService.CASE_WORK));
        assertThat(as(ADMIN, () -> trail.search(reference, AuditTrail.VIEW_PERSONAL_INFORMATION, null, null)))
                .extracting(AuditTrail.Entry::username, AuditTrail.Entry::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(COLLEAGUE.username(), "REASON: " + reason),
                        org.assertj.core.groups.Tuple.tuple(AUTHOR.username(), "AUTHOR: " + CaseService.CASE_WORK));
    }

    @Test
    void takingAnUnassignedCaseRevealsNothingByItself() {
        long id = as(AUTHOR, () -> cases.create(newCase("Ambulance late in Tembisa",
                new CitizenDetails("Thandeka Nkosi", null, "+27 11 555 0199", null))));
        String reference = as(AUTHOR, () -> cases.details(id).reference());

        as(COLLEAGUE, () -> {
            cases.take(id, cases.details(id).version());
            return null;
        });

        assertThat(as(COLLEAGUE, () -> cases.details(id)).toString()).doesNotContain("Thandeka Nkosi");
        assertThat(as(AUTHOR, () -> cases.citizenAccessLog(id))).isEmpty();
        assertThat(as(ADMIN, () -> trail.search(reference, AuditTrail.VIEW_PERSONAL_INFORMATION, null, null)))
                .isEmpty();
        // The new assignee asks explicitly, for case work, and that is logged.
        assertThat(as(COLLEAGUE, () -> cases.viewCitizen(id, null))).isPresent();
        assertThat(as(AUTHOR, () -> cases.citizenAccessLog(id))).singleElement()
                .extracting(CitizenAccess::username, CitizenAccess::basis)
                .containsExactly(COLLEAGUE.username(), CitizenAccess.ASSIGNEE);
    }

    @Test
    void theCaseListExportIsRecordedWithItsFilterRowCountAndPersonalFields() {
        String marker = "Qzexport" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "k");
        as(AUTHOR, () -> cases.create(newCase("Exported " + marker + " one", null)));
        as(AUTHOR, () -> cases.create(newCase("Exported " + marker + " two", null)));
        CaseFilter filter = new CaseFilter(null, null, null, null, false, null, null, marker);

        List<CaseSummary> rows = as(ADMIN, () -> cases.export(filter, 1000));

        assertThat(rows).hasSize(2);
        assertThat(as(ADMIN, () -> trail.search(CaseService.EXPORT, AuditTrail.EXPORT, null, null)))
                .filteredOn(e -> e.detail().contains(marker)).singleElement().satisfies(e -> {
                    assertThat(e.username()).isEqualTo(ADMIN.username());
                    assertThat(e.entityType()).isEqualTo(AuditTrail.EXPORT_TYPE);
                    assertThat(e.entityId()).isEqualTo(CaseService.EXPORT);
                    assertThat(e.detail()).isEqualTo("rows: 2; scope: q=" + marker + "; personal fields: assignee");
                });
    }

    @Test
    void theTrainingDashboardsCsvIsRecordedInThePlatformTrailAsCountsWithoutPersonalFields() {
        as(TRAINER, () -> trainingDashboard.export(null, "gp-health", List.of("Department", "Course", "Enrolled",
                "In progress", "Completed", "Overdue", "Rate", "Updated")));

        assertThat(as(DPSA, () -> trail.search(TRAINER.username(), AuditTrail.EXPORT, null, null))).first()
                .satisfies(e -> {
                    assertThat(e.entityId()).isEqualTo(TrainingDashboard.EXPORT);
                    assertThat(e.detail()).startsWith("rows: ")
                            .endsWith("; scope: course=all&department=gp-health; personal fields: none");
                });
    }

    static NewCase newCase(String title, CitizenDetails citizen) {
        return new NewCase(title, "Reported at the service point during the week.",
                Mechanism.COMPLAINTS_MANAGEMENT, "Emergency medical services", "Soweto", CasePriority.MEDIUM,
                citizen);
    }

    static <T> T as(PortalUser user, Supplier<T> work) {
        return TestUsers.callAs(user, work);
    }
}
