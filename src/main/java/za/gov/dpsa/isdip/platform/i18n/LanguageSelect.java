package za.gov.dpsa.isdip.platform.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;

import za.gov.dpsa.isdip.tenancy.PortalUser;

/**
 * The header's language choice: each language named in itself (English, isiZulu, Afrikaans), so an official finds
 * theirs whatever the page is in. Choosing one keeps it with the account and shows the page again in it.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(PortalTranslations translations, LanguagePreferences preferences, PortalUser user) {
        setId("header-language");
        setAriaLabel(getTranslation("header.language"));
        setTooltipText(getTranslation("header.language"));
        setItems(translations.getProvidedLocales());
        setItemLabelGenerator(LanguageSelect::ownName);
        Locale current = UI.getCurrent().getLocale();
        setValue(translations.language(current == null ? null : current.toLanguageTag())
                .orElse(PortalTranslations.ENGLISH));
        addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            preferences.choose(user, change.getValue());
            UI ui = UI.getCurrent();
            ui.getSession().setLocale(change.getValue());
            ui.setLocale(change.getValue());
            // Views build their texts when they open: show the page again in the new language.
            ui.getPage().reload();
        });
    }

    /** The language's name in the language itself, as CLDR writes it (isiZulu, not IsiZulu). */
    static String ownName(Locale language) {
        String name = language.getDisplayLanguage(language);
        return name.isEmpty() ? language.toLanguageTag() : name;
    }
}
