package za.gov.dpsa.isdip.cases.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;

import za.gov.dpsa.isdip.cases.internal.CasePriority;
import za.gov.dpsa.isdip.cases.internal.CaseStatus;
import za.gov.dpsa.isdip.core.Mechanism;
import za.gov.dpsa.isdip.core.PortalTime;

/** Shared wording and badges of the case views: every label comes from the message bundle. */
final class CaseLabels {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(PortalTime.ZONE);
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
            .withZone(PortalTime.ZONE);

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

    static String when(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge " + theme);
        return badge;
    }

    static Span statusBadge(Component c, CaseStatus status) {
        return badge(status(c, status), statusTheme(status));
    }

    static Span priorityBadge(Component c, CasePriority priority) {
        return badge(priority(c, priority), priorityTheme(priority));
    }

    static String statusTheme(CaseStatus status) {
        return switch (status) {
            case NEW -> "contrast";
            case RESOLVED, CLOSED -> "success";
            case AWAITING_INFORMATION -> "warning";
            default -> "";
        };
    }

    static String priorityTheme(CasePriority priority) {
        return switch (priority) {
            case CRITICAL -> "error primary";
            case HIGH -> "error";
            case MEDIUM -> "";
            case LOW -> "contrast";
        };
    }

    /**
     * A badge in a grid cell, drawn by the browser from two values per row. A component per cell would keep a
     * server-side component, and send its state, for every badge of every row the grid has loaded.
     *
     * @param theme the badge's colour ("error", "success", ...); an empty text draws nothing
     */
    static <T> LitRenderer<T> badgeRenderer(Function<T, String> text, Function<T, String> theme) {
        return LitRenderer.<T>of("<span theme=\"${item.text ? 'badge ' + item.theme : ''}\">${item.text}</span>")
                .withProperty("text", text::apply).withProperty("theme", theme::apply);
    }
}
