package za.gov.dpsa.isdip.platform.ui;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.WrappedSession;

import za.gov.dpsa.isdip.platform.security.EndedSessionMarker;

/**
 * Back from sign-in after a session that ended under them, on the page they were on, the official is told once that
 * what they typed since their last save was not saved (see {@link EndedSessionMarker}).
 */
@Component
class EndedSessionNotice implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> tell(init.getUI()));
    }

    static void tell(UI ui) {
        WrappedSession session = ui.getSession() == null ? null : ui.getSession().getSession();
        if (session == null || session.getAttribute(EndedSessionMarker.ENDED) == null) {
            return;
        }
        session.removeAttribute(EndedSessionMarker.ENDED);
        ui.access(() -> {
            Notification notice = Notification.show(ui.getTranslation("connection.sessionEnded.notice"), 10_000,
                    Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
            notice.setId("session-ended-notice");
        });
    }
}
