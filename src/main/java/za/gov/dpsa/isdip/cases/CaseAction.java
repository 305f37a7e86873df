package za.gov.dpsa.isdip.cases;

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
    VIEW_CITIZEN
}
