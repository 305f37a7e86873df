package za.gov.dpsa.isdip.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import za.gov.dpsa.isdip.support.TestUsers;
import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.ASSIGN;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.AWAIT_INFORMATION;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.CLOSE;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.COMMENT;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.ESCALATE;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.REOPEN;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.RESOLVE;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.RESUME;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.START;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.TAKE;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.VIEW_CITIZEN;
import static za.gov.dpsa.isdip.cases.internal.CaseAction.VIEW_CITIZEN_WITH_REASON;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Who may do what to a case, and when: the whole matrix of people and statuses. */
class CaseWorkflowTest {

    static final PortalUser CREATOR = TestUsers.user("del.creator", "del", "dept-user");
    static final PortalUser ASSIGNEE = TestUsers.user("del.assignee", "del", "dept-user");
    static final PortalUser ADMIN = TestUsers.user("del.admin", "del", "dept-user", "dept-admin");
    static final PortalUser ADMIN_ONLY = TestUsers.user("del.head", "del", "dept-admin");
    static final PortalUser OTHER = TestUsers.user("del.other", "del", "dept-user");
    static final PortalUser REPORTER = TestUsers.user("del.reporter", "del", "dept-reporter");
    static final PortalUser DPSA = TestUsers.user("dpsa.superadmin", null, "dpsa-admin");
    /** Department roles without a department count for nothing. */
    static final PortalUser HOMELESS_OFFICIAL = TestUsers.user("nobody.official", null, "dept-user", "dept-admin");

    static final Map<String, PortalUser> USERS = Map.of("creator", CREATOR, "assignee", ASSIGNEE, "admin", ADMIN,
            "other official", OTHER, "reporter", REPORTER, "DPSA admin", DPSA);

    /** A new case has nobody assigned yet; every later status has {@link #ASSIGNEE}. */
    static String assigneeIn(CaseStatus status) {
        return status == CaseStatus.NEW ? null : ASSIGNEE.username();
    }

    static Stream<Arguments> matrix() {
        List<Arguments> rows = new ArrayList<>();
        row(rows, CaseStatus.NEW, "creator", COMMENT, VIEW_CITIZEN, TAKE, ESCALATE);
        // Not assigned yet: like any official, who sees the citizen's details only with a stated reason.
        row(rows, CaseStatus.NEW, "assignee", COMMENT, VIEW_CITIZEN_WITH_REASON, TAKE);
        row(rows, CaseStatus.NEW, "admin", COMMENT, VIEW_CITIZEN, TAKE, ASSIGN, ESCALATE);
        row(rows, CaseStatus.NEW, "other official", COMMENT, VIEW_CITIZEN_WITH_REASON, TAKE);

        row(rows, CaseStatus.ASSIGNED, "creator", COMMENT, VIEW_CITIZEN, ESCALATE);
        row(rows, CaseStatus.ASSIGNED, "assignee", COMMENT, VIEW_CITIZEN, START, ESCALATE);
        row(rows, CaseStatus.ASSIGNED, "admin", COMMENT, VIEW_CITIZEN, ASSIGN, START, ESCALATE);
        row(rows, CaseStatus.ASSIGNED, "other official", COMMENT, VIEW_CITIZEN_WITH_REASON);

        row(rows, CaseStatus.IN_PROGRESS, "creator", COMMENT, VIEW_CITIZEN, ESCALATE);
        row(rows, CaseStatus.IN_PROGRESS, "assignee", COMMENT, VIEW_CITIZEN, AWAIT_INFORMATION, RESOLVE, ESCALATE);
        row(rows, CaseStatus.IN_PROGRESS, "admin", COMMENT, VIEW_CITIZEN, ASSIGN, AWAIT_INFORMATION, RESOLVE,
                ESCALATE);
        row(rows, CaseStatus.IN_PROGRESS, "other official", COMMENT, VIEW_CITIZEN_WITH_REASON);

        row(rows, CaseStatus.AWAITING_INFORMATION, "creator", COMMENT, VIEW_CITIZEN, ESCALATE);
        row(rows, CaseStatus.AWAITING_INFORMATION, "assignee", COMMENT, VIEW_CITIZEN, RESUME, RESOLVE, ESCALATE);
        row(rows, CaseStatus.AWAITING_INFORMATION, "admin", COMMENT, VIEW_CITIZEN, ASSIGN, RESUME, RESOLVE, ESCALATE);
        row(rows, CaseStatus.AWAITING_INFORMATION, "other official", COMMENT, VIEW_CITIZEN_WITH_REASON);

        row(rows, CaseStatus.RESOLVED, "creator", COMMENT, VIEW_CITIZEN, CLOSE, REOPEN);
        row(rows, CaseStatus.RESOLVED, "assignee", COMMENT, VIEW_CITIZEN);
        row(rows, CaseStatus.RESOLVED, "admin", COMMENT, VIEW_CITIZEN, CLOSE, REOPEN);
        row(rows, CaseStatus.RESOLVED, "other official", COMMENT, VIEW_CITIZEN_WITH_REASON);

        row(rows, CaseStatus.CLOSED, "creator", VIEW_CITIZEN, REOPEN);
        row(rows, CaseStatus.CLOSED, "assignee", VIEW_CITIZEN);
        row(rows, CaseStatus.CLOSED, "admin", VIEW_CITIZEN, REOPEN);
        row(rows, CaseStatus.CLOSED, "other official", VIEW_CITIZEN_WITH_REASON);

        for (CaseStatus status : CaseStatus.values()) {
            row(rows, status, "reporter");
            row(rows, status, "DPSA admin");
        }
        return rows.stream();
    }

    private static void row(List<Arguments> rows, CaseStatus status, String who, CaseAction... expected) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        actions.addAll(List.of(expected));
        rows.add(Arguments.of(status, who, actions));
    }

    @ParameterizedTest(name = "{0} case, {1}: {2}")
    @MethodSource("matrix")
    void eachPersonGetsExactlyTheirActionsInEachStatus(CaseStatus status, String who, Set<CaseAction> expected) {
        Set<CaseAction> actions = CaseWorkflow.allowedActions(status, assigneeIn(status), CREATOR.username(), false,
                USERS.get(who));

        assertThat(actions).as("%s on a %s case", who, status).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void theMatrixCoversEveryStatusAndEveryPerson() {
        assertThat(matrix()).hasSize(CaseStatus.values().length * USERS.size());
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void anEscalatedCaseCannotBeEscalatedAgainButEverythingElseStays(CaseStatus status) {
        for (PortalUser user : USERS.values()) {
            Set<CaseAction> open = CaseWorkflow.allowedActions(status, assigneeIn(status), CREATOR.username(), false,
                    user);
            Set<CaseAction> escalated = CaseWorkflow.allowedActions(status, assigneeIn(status), CREATOR.username(),
                    true, user);

            Set<CaseAction> expected = EnumSet.noneOf(CaseAction.class);
            expected.addAll(open);
            expected.remove(ESCALATE);
            assertThat(escalated).as("%s on an escalated %s case", user.username(), status)
                    .doesNotContain(ESCALATE).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void aClosedCaseIsReadOnlyAndCannotBeEscalatedByAnyone() {
        for (PortalUser user : List.of(CREATOR, ASSIGNEE, ADMIN, ADMIN_ONLY, OTHER)) {
            assertThat(CaseWorkflow.allowedActions(CaseStatus.CLOSED, ASSIGNEE.username(), CREATOR.username(), false,
                    user)).as(user.username()).doesNotContain(ESCALATE, COMMENT);
        }
    }

    @Test
    void theDepartmentAdministratorAloneNeedsNoOtherRole() {
        assertThat(ADMIN_ONLY.roles()).containsExactly(PortalRole.DEPT_ADMIN);
        assertThat(CaseWorkflow.allowedActions(CaseStatus.IN_PROGRESS, ASSIGNEE.username(), CREATOR.username(), false,
                ADMIN_ONLY)).containsExactlyInAnyOrder(COMMENT, VIEW_CITIZEN, ASSIGN, AWAIT_INFORMATION, RESOLVE,
                ESCALATE);
    }

    @Test
    void theCreatorWhoIsAlsoTheAssigneeWorksAndClosesTheCase() {
        String self = CREATOR.username();

        assertThat(CaseWorkflow.allowedActions(CaseStatus.ASSIGNED, self, self, false, CREATOR))
                .containsExactlyInAnyOrder(COMMENT, VIEW_CITIZEN, START, ESCALATE);
        assertThat(CaseWorkflow.allowedActions(CaseStatus.IN_PROGRESS, self, self, false, CREATOR))
                .containsExactlyInAnyOrder(COMMENT, VIEW_CITIZEN, AWAIT_INFORMATION, RESOLVE, ESCALATE);
        assertThat(CaseWorkflow.allowedActions(CaseStatus.RESOLVED, self, self, false, CREATOR))
                .containsExactlyInAnyOrder(COMMENT, VIEW_CITIZEN, CLOSE, REOPEN);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void theDpsaAdminAndOfficialsWithoutADepartmentGetNothing(CaseStatus status) {
        assertThat(DPSA.departmentId()).isEmpty();
        assertThat(HOMELESS_OFFICIAL.departmentId()).isEmpty();
        for (boolean escalated : new boolean[] {false, true}) {
            assertThat(CaseWorkflow.allowedActions(status, assigneeIn(status), CREATOR.username(), escalated, DPSA))
                    .isEmpty();
            assertThat(CaseWorkflow.allowedActions(status, DPSA.username(), DPSA.username(), escalated, DPSA))
                    .isEmpty();
            assertThat(CaseWorkflow.allowedActions(status, HOMELESS_OFFICIAL.username(),
                    HOMELESS_OFFICIAL.username(), escalated, HOMELESS_OFFICIAL)).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void aReporterOnlyReadsEvenOnTheirOwnCase(CaseStatus status) {
        assertThat(CaseWorkflow.allowedActions(status, REPORTER.username(), REPORTER.username(), false, REPORTER))
                .isEmpty();
    }
}
