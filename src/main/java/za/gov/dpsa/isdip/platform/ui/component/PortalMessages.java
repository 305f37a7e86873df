package za.gov.dpsa.isdip.platform.ui.component;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * How a message shown in a notification reaches a screen reader. Vaadin's notification card is a live region
 * ({@code role=alert}), polite by default: read once the reader is idle, which suits "saved". A refusal, a conflict
 * or a warning interrupts (assertive), so the official hears it before moving on, and stays twice as long (ten
 * seconds at least).
 */
public final class PortalMessages {

    private PortalMessages() {
    }

    /** Something was refused or failed: the user must act. */
    public static Notification problem(Notification notification) {
        return interrupting(notification, NotificationVariant.LUMO_ERROR);
    }

    /** Something the user should know before going on, such as parts of an address that were ignored. */
    public static Notification warning(Notification notification) {
        return interrupting(notification, NotificationVariant.LUMO_WARNING);
    }

    private static Notification interrupting(Notification notification, NotificationVariant variant) {
        notification.addThemeVariants(variant);
        notification.setAssertive(true);
        if (notification.getDuration() > 0) {
            notification.setDuration(Math.max(notification.getDuration() * 2, 10_000));
        }
        return notification;
    }
}
