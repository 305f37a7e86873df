package za.gov.dpsa.isdip.cases.internal;

import java.time.Instant;

/**
 * One view of a citizen's details on a case (POPIA s23: who has had access, and why).
 *
 * @param basis   why the viewer could see them: {@code AUTHOR}, {@code ASSIGNEE}, {@code ADMINISTRATOR},
 *                {@code REASON} (another official, who stated {@code purpose}) or {@code DPSA} (a DPSA super-admin,
 *                on the escalated case); null for views logged before the basis was kept
 * @param purpose the purpose as logged: the standard purpose, or the reason the viewer gave
 */
public record CitizenAccess(String username, Instant viewedAt, String basis, String purpose) {

    public static final String AUTHOR = "AUTHOR";
    public static final String ASSIGNEE = "ASSIGNEE";
    public static final String ADMINISTRATOR = "ADMINISTRATOR";
    public static final String REASON = "REASON";
    public static final String DPSA = "DPSA";
}
