package za.gov.dpsa.isdip.cases.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import za.gov.dpsa.isdip.IsdipPortalApplication;
import za.gov.dpsa.isdip.cases.CaseCategory;
import za.gov.dpsa.isdip.cases.CasePriority;
import za.gov.dpsa.isdip.cases.CaseStatus;

/** Shared wording and badges of the case views: every label comes from the message bundle. */
final class CaseLabels {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(IsdipPortalApplication.ZONE);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(IsdipPortalApplication.ZONE);

    private CaseLabels() {
    }

    static String status(Component c, CaseStatus status) {
        return c.getTranslation("cases.status." + status.name());
    }

    static String priority(Component c, CasePriority priority) {
        return c.getTranslation("cases.priority." + priority.name());
    }

    static String category(Component c, CaseCategory category) {
        return c.getTranslation("cases.category." + category.name());
    }

    static String when(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Span statusBadge(Component c, CaseStatus status) {
        String theme = switch (status) {
            case NEW -> "contrast";
            case RESOLVED, CLOSED -> "success";
            case AWAITING_INFORMATION -> "warning";
            default -> "";
        };
        return badge(status(c, status), theme);
    }

    static Span priorityBadge(Component c, CasePriority priority) {
        String theme = switch (priority) {
            case CRITICAL -> "error primary";
            case HIGH -> "error";
            case MEDIUM -> "";
            case LOW -> "contrast";
        };
        return badge(priority(c, priority), theme);
    }
}
