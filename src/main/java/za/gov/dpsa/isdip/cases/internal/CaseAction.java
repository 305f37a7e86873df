package za.gov.dpsa.isdip.cases.internal;

/** What a user can do to a case; {@link CaseWorkflow} says who may do what, when. */
public enum CaseAction {
    TAKE,
    ASSIGN,
    START,
    AWAIT_INFORMATION,
    RESUME,
    RESOLVE,
    CLOSE,
    REOPEN,
    ESCALATE,
    COMMENT,
    /** Show the citizen's details with the standard purpose: the case's author, its assignee, the administrator. */
    VIEW_CITIZEN,
    /** Show the citizen's details with a stated reason, kept in the access log: any other official. */
    VIEW_CITIZEN_WITH_REASON
}
