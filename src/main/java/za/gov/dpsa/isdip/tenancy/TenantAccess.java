package za.gov.dpsa.isdip.tenancy;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One logged crossing of a department boundary (a DPSA super-admin entering or leaving a department, onboarding
 * it, delivering into it). {@code action} is a code (ENTER, LEAVE, ONBOARD, INVITE_ADMIN, DEACTIVATE, REACTIVATE,
 * DELIVER). A reason the portal wrote itself, a delivery's purpose included, comes as a message key with arguments
 * ({@code reasonKey}, {@code reasonArguments}); a reason a person gave has no key and is {@code reason}.
 */
public record TenantAccess(Instant occurredAt, String username, String departmentId, String action, String reason,
                           String reasonKey, List<String> reasonArguments) {

    /** How the first administrator was invited, stored as {@code CODE:username}. */
    public enum Invitation {
        EMAILED, LINK, ALREADY_SET_UP
    }

    private static final Pattern STORED_INVITATION = Pattern.compile("(EMAILED|LINK|ALREADY_SET_UP):(.+)");
    // Rows written before the reason was stored as a code.
    private static final Pattern LEGACY_INVITATION = Pattern.compile(
            "Keycloak group ready; first administrator (.+?)"
                    + "(?: \\((account already set up)\\)| (invited by email)| (given a one-time setup link))");
    private static final String LEGACY_ONBOARDED = "Onboarded ";

    private static final String SEPARATOR = "\u001f";

    /** A delivery's purpose as stored: its message key, then its arguments, split by a unit separator. */
    static String deliveryPurpose(String key, List<String> arguments) {
        // The column holds 500 characters: each argument is cut to its share, so the stored text always ends with
        // the separator and reads back whole.
        int share = arguments.isEmpty() ? 0 : (500 - key.length() - 1) / arguments.size() - 1;
        StringBuilder stored = new StringBuilder(key).append(SEPARATOR);
        for (String argument : arguments) {
            stored.append(cut(argument.replace(SEPARATOR, " "), share)).append(SEPARATOR);
        }
        return stored.toString();
    }

    /** At most {@code length} characters, never splitting a surrogate pair. */
    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end);
    }

    /** The reason stored for a first administrator's invitation. */
    static String invitationReason(Invitation how, String username) {
        return how + ":" + username;
    }

    static TenantAccess of(Instant occurredAt, String username, String departmentId, String action, String reason) {
        String key = null;
        List<String> arguments = List.of();
        String text = reason == null ? "" : reason;
        switch (action) {
            case "LEAVE", "REACTIVATE" -> key = "dpsa.accessLog.reason." + action;
            case "ONBOARD" -> {
                key = "dpsa.accessLog.reason.ONBOARD";
                arguments = List.of(text.startsWith(LEGACY_ONBOARDED) ? text.substring(LEGACY_ONBOARDED.length())
                        : text);
            }
            case "INVITE_ADMIN" -> {
                Matcher stored = STORED_INVITATION.matcher(text);
                Matcher legacy = LEGACY_INVITATION.matcher(text);
                if (stored.matches()) {
                    key = "dpsa.accessLog.reason.INVITE_ADMIN." + stored.group(1);
                    arguments = List.of(stored.group(2));
                } else if (legacy.matches()) {
                    Invitation how = legacy.group(2) != null ? Invitation.ALREADY_SET_UP
                            : legacy.group(3) != null ? Invitation.EMAILED : Invitation.LINK;
                    key = "dpsa.accessLog.reason.INVITE_ADMIN." + how;
                    arguments = List.of(legacy.group(1));
                }
            }
            case "DELIVER" -> {
                if (text.contains(SEPARATOR)) {
                    // Keeps empty arguments; the stored text ends with a separator, so its last part is dropped.
                    String[] parts = text.split(SEPARATOR, -1);
                    key = parts[0];
                    arguments = List.of(parts).subList(1, Math.max(1, parts.length - 1));
                }
                // Deliveries logged before purposes were stored as keys read as written, in English.
            }
            default -> {
                // A person's reason: shown as written.
            }
        }
        return new TenantAccess(occurredAt, username, departmentId, action, reason, key, arguments);
    }
}
