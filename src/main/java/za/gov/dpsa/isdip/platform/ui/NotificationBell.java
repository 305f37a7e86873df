package za.gov.dpsa.isdip.platform.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;

import za.gov.dpsa.isdip.platform.Notifications;
import za.gov.dpsa.isdip.platform.internal.Notification;
import za.gov.dpsa.isdip.platform.ui.component.EmptyState;
import za.gov.dpsa.isdip.platform.ui.component.PortalDates;
import za.gov.dpsa.isdip.tenancy.PortalUser;

/** The header's bell: unread count, and the latest notifications of the user's context with their links. */
class NotificationBell extends Div {

    private final Notifications notifications;
    private final PortalUser user;
    private final Button bell = new Button(VaadinIcon.BELL.create());
    private final VerticalLayout list = new VerticalLayout();

    NotificationBell(Notifications notifications, PortalUser user) {
        this.notifications = notifications;
        this.user = user;
        bell.setId("notification-bell");
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.setWidth("min(26rem, calc(100vw - 2rem))");
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill();
            }
        });
        list.setId("notification-list");
        list.setPadding(false);
        popover.add(list);
        add(bell, popover);
        updateCount();
    }

    private void updateCount() {
        long unread = notifications.unread(user);
        bell.setText(unread == 0 ? "" : String.valueOf(unread));
        bell.getElement().setAttribute("aria-label", getTranslation("notifications.bell", unread));
    }

    private void fill() {
        list.removeAll();
        list.add(new H3(getTranslation("notifications.title")));
        var latest = notifications.latest(user);
        if (latest.isEmpty()) {
            list.add(new EmptyState(getTranslation("notifications.none")));
        }
        for (Notification n : latest) {
            String text = getTranslation(n.messageKey(), n.params().toArray());
            Div item = new Div(new Span(PortalDates.dateTime(n.createdAt()) + " "));
            if (n.link() != null) {
                item.add(new com.vaadin.flow.component.html.Anchor(n.link(), text));
            } else {
                item.add(new Span(text));
            }
            if (!n.read()) {
                item.addClassName("notification-unread");
            }
            list.add(item);
        }
        Button markRead = new Button(getTranslation("notifications.markRead"), click -> {
            notifications.markAllRead(user);
            updateCount();
            fill();
        });
        markRead.setId("notification-mark-read");
        list.add(markRead);
    }
}
