package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Vaadin formats a translation with {@link java.text.MessageFormat} when it is given arguments, and there a single
 * apostrophe starts a quoted section: "department's {0}" would show "departments {0}" without the argument. A text
 * with a placeholder must therefore double every apostrophe.
 */
class TranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern SINGLE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyTextWithAPlaceholderDoublesItsApostrophes() throws IOException {
        Properties translations = new Properties();
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(
                "/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            translations.load(reader);
        }
        List<String> offenders = translations.stringPropertyNames().stream().sorted()
                .filter(key -> {
                    String value = translations.getProperty(key);
                    return PLACEHOLDER.matcher(value).find() && SINGLE_APOSTROPHE.matcher(value).find();
                })
                .map(key -> key + "=" + translations.getProperty(key)).toList();
        assertThat(offenders).as("texts with a placeholder and a single apostrophe").isEmpty();
    }

    @Test
    void theKeycloakFailureOnOnboardingShowsItsDetail() throws IOException {
        Properties translations = new Properties();
        try (Reader reader = new InputStreamReader(getClass().getResourceAsStream(
                "/vaadin-i18n/translations.properties"), StandardCharsets.UTF_8)) {
            translations.load(reader);
        }
        String text = new java.text.MessageFormat(translations.getProperty("dpsa.onboard.keycloak.unavailable"),
                java.util.Locale.ENGLISH).format(new Object[] {"Keycloak cannot be reached"});
        assertThat(text).contains("department's").endsWith("Keycloak cannot be reached");
    }
}
