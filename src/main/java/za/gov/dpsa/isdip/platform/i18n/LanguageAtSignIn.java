package za.gov.dpsa.isdip.platform.i18n;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The signed-in user's stored language, applied to their session when its first page opens; without one, the
 * browser's language stays (Vaadin's choice among the portal's languages). A stored language this release does not
 * offer falls back to English, and the user is told once per session.
 */
@Component
class LanguageAtSignIn implements VaadinServiceInitListener {

    /** Session attribute: the stored language has been looked at for this session. */
    static final String APPLIED = LanguageAtSignIn.class.getName() + ".applied";

    private final LanguagePreferences preferences;
    private final PortalTranslations translations;

    LanguageAtSignIn(LanguagePreferences preferences, PortalTranslations translations) {
        this.preferences = preferences;
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    void apply(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null || session.getAttribute(APPLIED) != null) {
            return;
        }
        Optional<PortalUser> user = PortalUser.current();
        if (user.isEmpty()) {
            return;
        }
        session.setAttribute(APPLIED, Boolean.TRUE);
        preferences.stored(user.get()).ifPresent(tag -> {
            Optional<Locale> language = translations.language(tag);
            Locale shown = language.orElse(PortalTranslations.ENGLISH);
            session.setLocale(shown);
            ui.setLocale(shown);
            if (language.isEmpty()) {
                ui.access(() -> Notification.show(ui.getTranslation("language.unknown", tag), 8000,
                        Notification.Position.TOP_CENTER));
            }
        });
    }
}
