package za.gov.dpsa.isdip.cases.internal;

import java.util.EnumSet;
import java.util.Set;

import za.gov.dpsa.isdip.tenancy.PortalRole;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * Who may do what to a case, and when. Officials work cases assigned to them; the department administrator
 * runs the queue; the official who logged a case confirms it closed or reopens it. A DPSA super-admin who
 * entered the department reads, and answers through the escalation queue.
 */
public final class CaseWorkflow {

    private CaseWorkflow() {
    }

    public static Set<CaseAction> allowedActions(CaseStatus status, String assignee, String createdBy,
                                                 boolean escalated, PortalUser user) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        boolean official = user.hasRole(PortalRole.DEPT_USER) || user.hasRole(PortalRole.DEPT_ADMIN);
        if (!official || user.departmentId().isEmpty()) {
            return actions;
        }
        boolean admin = user.hasRole(PortalRole.DEPT_ADMIN);
        boolean isAssignee = user.username().equals(assignee);
        boolean isCreator = user.username().equals(createdBy);
        boolean worker = isAssignee || admin;

        // A closed case is read-only until it is reopened.
        if (status != CaseStatus.CLOSED) {
            actions.add(CaseAction.COMMENT);
        }
        // Those on the case see the citizen's details for case work; any other official must say why.
        actions.add(isAssignee || isCreator || admin ? CaseAction.VIEW_CITIZEN : CaseAction.VIEW_CITIZEN_WITH_REASON);
        switch (status) {
            case NEW, ASSIGNED -> {
                // Taking is for unassigned work; moving a colleague's case is the administrator's call.
                if (assignee == null) {
                    actions.add(CaseAction.TAKE);
                }
                if (admin) {
                    actions.add(CaseAction.ASSIGN);
                }
                if (status == CaseStatus.ASSIGNED && worker) {
                    actions.add(CaseAction.START);
                }
            }
            case IN_PROGRESS -> {
                if (admin) {
                    actions.add(CaseAction.ASSIGN);
                }
                if (worker) {
                    actions.add(CaseAction.AWAIT_INFORMATION);
                    actions.add(CaseAction.RESOLVE);
                }
            }
            case AWAITING_INFORMATION -> {
                if (admin) {
                    actions.add(CaseAction.ASSIGN);
                }
                if (worker) {
                    actions.add(CaseAction.RESUME);
                    actions.add(CaseAction.RESOLVE);
                }
            }
            case RESOLVED -> {
                if (isCreator || admin) {
                    actions.add(CaseAction.CLOSE);
                    actions.add(CaseAction.REOPEN);
                }
            }
            case CLOSED -> {
                if (isCreator || admin) {
                    actions.add(CaseAction.REOPEN);
                }
            }
        }
        if (!escalated && status.isOpen() && (worker || isCreator)) {
            actions.add(CaseAction.ESCALATE);
        }
        return actions;
    }
}
