package za.gov.dpsa.isdip.cases.ui;

import com.vaadin.flow.component.Component;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.platform.ui.component.Badge;

/** Shared wording and badges of the case views: every label comes from the message bundle. */
final class CaseLabels {

    private CaseLabels() {
    }

    static String status(Component c, CaseStatus status) {
        return c.getTranslation("cases.status." + status.name());
    }

    static String priority(Component c, CasePriority priority) {
        return c.getTranslation("cases.priority." + priority.name());
    }

    static String category(Component c, Mechanism category) {
        return c.getTranslation(category.labelKey());
    }

    static Badge statusBadge(Component c, CaseStatus status) {
        return new Badge(status(c, status), statusTone(status));
    }

    static Badge priorityBadge(Component c, CasePriority priority) {
        Badge badge = new Badge(priority(c, priority), priorityTone(priority));
        return priority == CasePriority.CRITICAL ? badge.emphasised() : badge;
    }

    static Badge.Tone statusTone(CaseStatus status) {
        return switch (status) {
            case NEW -> Badge.Tone.CONTRAST;
            case RESOLVED, CLOSED -> Badge.Tone.SUCCESS;
            case AWAITING_INFORMATION -> Badge.Tone.WARNING;
            default -> Badge.Tone.NEUTRAL;
        };
    }

    static Badge.Tone priorityTone(CasePriority priority) {
        return switch (priority) {
            case CRITICAL, HIGH -> Badge.Tone.ERROR;
            case MEDIUM -> Badge.Tone.NEUTRAL;
            case LOW -> Badge.Tone.CONTRAST;
        };
    }

    /** The status badge's theme, for grids that draw it in the browser ({@link Badge#renderer}). */
    static String statusTheme(CaseStatus status) {
        return Badge.theme(statusTone(status), false);
    }

    /** The priority badge's theme; a critical case's is filled to stand out among the high ones. */
    static String priorityTheme(CasePriority priority) {
        return Badge.theme(priorityTone(priority), priority == CasePriority.CRITICAL);
    }
}
