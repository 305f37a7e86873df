package za.gov.dpsa.isdip.platform.ui;

import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import za.gov.dpsa.isdip.core.Conflict;
import za.gov.dpsa.isdip.core.InvalidInput;
import za.gov.dpsa.isdip.core.NotFound;
import za.gov.dpsa.isdip.platform.ui.component.PortalMessages;

/**
 * The portal's one answer to a refusal no view handled itself, in a click, a value change or a download: the user
 * sees the same clear message wherever it happens ({@link NotFound}, {@link Conflict}, {@link InvalidInput} with
 * their message keys, a refusal of access), and the page stays as it was, so nothing typed is lost. Anything else is
 * a fault: logged with an incident number the user is shown, to quote to the service desk.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable refusal = refusal(event.getThrowable());
        UI ui = event.getComponent().flatMap(c -> c.getUI()).orElseGet(UI::getCurrent);
        if (ui == null) {
            log.error("Error outside any page", event.getThrowable());
            return;
        }
        String message = switch (refusal) {
            case InvalidInput invalid -> ui.getTranslation(invalid.messageKey(), invalid.arguments());
            case NotFound notFound -> ui.getTranslation(notFound.messageKey());
            case Conflict conflict -> ui.getTranslation(conflict.messageKey());
            case AccessDeniedException denied -> ui.getTranslation("error.notAllowed");
            case null, default -> {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                log.error("Unexpected error, incident {}", incident, event.getThrowable());
                yield ui.getTranslation("error.unexpected", incident);
            }
        };
        if (UI.getCurrent() == ui) {
            show(message);
        } else {
            ui.access(() -> show(message));
        }
    }

    private static void show(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
        PortalMessages.problem(notification);
    }

    /** The portal's refusal in the cause chain (listeners and Spring proxies wrap it), or {@code null}. */
    static Throwable refusal(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidInput || t instanceof NotFound || t instanceof Conflict
                    || t instanceof AccessDeniedException) {
                return t;
            }
        }
        return null;
    }
}
