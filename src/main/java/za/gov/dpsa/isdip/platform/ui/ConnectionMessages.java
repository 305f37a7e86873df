package za.gov.dpsa.isdip.platform.ui;

import java.util.Locale;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.ReconnectDialogConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * What Vaadin itself says when the link is slow or gone, in the official's language (translations.properties,
 * {@code connection.*}; docs/benchmarks.md): the connection indicator while a round trip is retried, when Vaadin has
 * given up, and when the link is back; the internal-error and cookies messages. A session that ended meanwhile (an
 * official offline for longer than the session lasts) reloads the page, which takes the official through sign-in
 * and back to the same page; what was typed and not saved is lost then, and nothing says so yet (docs/benchmarks.md).
 * Vaadin's loading bar itself has no words.
 * <p>
 * While the link is down, Vaadin's client keeps the round trip it could not deliver and sends it again, unchanged,
 * when the link is back; the server answers a message it already handled with its earlier answer, so a save is done
 * once. Buttons that save are disabled from the click until the answer comes, so a second press cannot add a second.
 */
@Component
class ConnectionMessages implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> translate(init.getUI()));
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
    }

    static void translate(UI ui) {
        ReconnectDialogConfiguration reconnect = ui.getReconnectDialogConfiguration();
        reconnect.setDialogText(ui.getTranslation("connection.reconnecting"));
        reconnect.setDialogTextGaveUp(ui.getTranslation("connection.offline"));
        // Vaadin gives no server-side setting for the "back online" text; the indicator takes it as a property.
        ui.getPage().executeJs("const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                + " if (indicator) { indicator.onlineText = $0; }", ui.getTranslation("connection.online"));
    }

    static SystemMessages systemMessages(Locale locale) {
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        // An ended session reloads the page at once, as before (SessionsAcrossInstancesBrowserTest): Spring Security
        // sends the official through sign-in and back to the same address. A notice first would wait for a click;
        // its texts are translated for the day it is switched on.
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setSessionExpiredCaption(text(locale, "connection.sessionExpired.caption"));
        messages.setSessionExpiredMessage(text(locale, "connection.sessionExpired.message"));
        messages.setInternalErrorCaption(text(locale, "connection.internalError.caption"));
        messages.setInternalErrorMessage(text(locale, "connection.internalError.message"));
        messages.setCookiesDisabledCaption(text(locale, "connection.cookiesDisabled.caption"));
        messages.setCookiesDisabledMessage(text(locale, "connection.cookiesDisabled.message"));
        return messages;
    }

    private static String text(Locale locale, String key) {
        return I18NProvider.translate(locale == null ? Locale.ENGLISH : locale, key);
    }
}
