package za.gov.dpsa.isdip.accounts.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import za.gov.dpsa.isdip.tenancy.PortalRole;

/**
 * One change to a department user's account made through the portal. Its detail is a message key with the roles
 * it names ({@code detailKey} and {@code roles}, for the People view to translate); {@code detail} is the stored
 * text, shown as it is only when it is in no form the portal knows ({@code detailKey} null).
 */
public record DirectoryChange(Instant occurredAt, String actor, String targetUsername, String action, String detail,
                              String detailKey, Set<PortalRole> roles) {

    /** What an invitation or role change did, stored as {@code CODE:role,role} (e.g. {@code EMAILED:dept-user}). */
    enum Outcome {
        EMAILED, LINK, ALREADY_SET_UP, ROLES
    }

    private static final Pattern STORED = Pattern.compile("(EMAILED|LINK|ALREADY_SET_UP|ROLES):([a-z,-]*)");
    // Rows written before the detail was stored as a code, e.g. "roles dept-admin, dept-user; invitation emailed".
    private static final Pattern LEGACY_ROLES = Pattern.compile("roles ([a-z, -]+?)(?:; (invitation emailed|setup link issued))?");

    static String stored(Outcome outcome, Set<PortalRole> roles) {
        return outcome + ":" + String.join(",", roles.stream().sorted().map(PortalRole::roleName).toList());
    }

    static DirectoryChange of(Instant occurredAt, String actor, String targetUsername, String action,
                              String detail) {
        if (detail == null || detail.isBlank()) {
            return new DirectoryChange(occurredAt, actor, targetUsername, action, detail, null, Set.of());
        }
        Outcome outcome = null;
        String roleNames = "";
        Matcher stored = STORED.matcher(detail);
        Matcher legacy = LEGACY_ROLES.matcher(detail);
        if (stored.matches()) {
            outcome = Outcome.valueOf(stored.group(1));
            roleNames = stored.group(2);
        } else if (legacy.matches()) {
            outcome = legacy.group(2) == null ? Outcome.ROLES
                    : legacy.group(2).startsWith("invitation") ? Outcome.EMAILED : Outcome.LINK;
            roleNames = legacy.group(1);
        } else if (detail.equals("invitation emailed")) {
            outcome = Outcome.EMAILED;
        } else if (detail.equals("setup link issued")) {
            outcome = Outcome.LINK;
        } else if (detail.equals("account already set up")) {
            outcome = Outcome.ALREADY_SET_UP;
        }
        if (outcome == null) {
            return new DirectoryChange(occurredAt, actor, targetUsername, action, detail, null, Set.of());
        }
        Set<PortalRole> roles = EnumSet.noneOf(PortalRole.class);
        for (String name : roleNames.split(",")) {
            PortalRole.fromRoleName(name.strip()).ifPresent(roles::add);
        }
        String key = "people.changes.detail." + outcome + (roles.isEmpty() ? ".plain" : "");
        return new DirectoryChange(occurredAt, actor, targetUsername, action, detail, key, Set.copyOf(roles));
    }
}
