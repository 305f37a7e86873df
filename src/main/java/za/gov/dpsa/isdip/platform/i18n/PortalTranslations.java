package za.gov.dpsa.isdip.platform.i18n;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * The portal's languages and their texts. English ({@code translations.properties}) is the first and the fallback;
 * every {@code translations_<language>.properties} beside it adds an official language, as spoken in South Africa
 * ({@code zu} becomes zu-ZA), so adding isiXhosa is one file, {@code translations_xh.properties}. Vaadin starts a
 * session in the browser's language when it is one of these, in English otherwise.
 * <p>
 * Unlike Vaadin's default provider, a key missing from a language falls back to English, never to the server's own
 * locale; a key missing everywhere shows as {@code !key}, which the language tests look for.
 */
@Component
public class PortalTranslations implements I18NProvider {

    /** The country every official language of the portal is used in. */
    public static final String SOUTH_AFRICA = "ZA";
    public static final Locale ENGLISH = Locale.of("en", SOUTH_AFRICA);
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(PortalTranslations.class);
    private static final ResourceBundle.Control ENGLISH_FALLBACK = ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * South Africa's written official languages besides English (South African Sign Language has no text to
     * translate), by ISO 639 code: Afrikaans, isiNdebele, Sepedi, siSwati, Sesotho, Setswana, Xitsonga, Tshivenda,
     * isiXhosa, isiZulu. Each is offered once its file is on the class path, looked up by name so that the answer is
     * the same in a packaged jar as in the IDE.
     */
    static final List<String> OFFICIAL_LANGUAGES = List.of("af", "nr", "nso", "ss", "st", "tn", "ts", "ve", "xh", "zu");

    private final List<Locale> languages;

    public PortalTranslations() {
        List<Locale> found = new ArrayList<>(List.of(ENGLISH));
        ClassLoader classes = getClass().getClassLoader();
        OFFICIAL_LANGUAGES.stream()
                .filter(code -> classes.getResource("vaadin-i18n/translations_" + code + ".properties") != null)
                .map(code -> Locale.of(code, SOUTH_AFRICA))
                .forEach(found::add);
        this.languages = List.copyOf(found);
    }

    /** English first, then every other language with a translations file, in a fixed order. */
    @Override
    public List<Locale> getProvidedLocales() {
        return languages;
    }

    /** One of the portal's languages for a stored or asked-for tag, matched on the language alone. */
    public Optional<Locale> language(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return languages.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /**
     * The texts of one language, English where it has none; the English file itself for {@link #ENGLISH} (never
     * the server's own locale, which may be one of the portal's other languages).
     */
    public static ResourceBundle bundle(Locale language) {
        Locale file = ENGLISH.equals(language) ? Locale.ROOT : language;
        return ResourceBundle.getBundle(BUNDLE, file, PortalTranslations.class.getClassLoader(), ENGLISH_FALLBACK);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale shown = language(locale == null ? null : locale.toLanguageTag()).orElse(ENGLISH);
        String text;
        try {
            text = bundle(shown).getString(key);
        } catch (MissingResourceException missing) {
            log.warn("No text for key {} in any language", key);
            return "!" + key;
        }
        // Only a text given arguments goes through MessageFormat, as in Vaadin's provider: its apostrophes are
        // doubled in the files, and those of a text without arguments are not.
        return params.length == 0 ? text : new MessageFormat(text, shown).format(params);
    }
}
