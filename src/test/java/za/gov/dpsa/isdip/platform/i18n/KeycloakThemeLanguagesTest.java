package za.gov.dpsa.isdip.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Keycloak's pages in the portal's languages (deploy/keycloak/themes/isdip): in the sign-in and the account pages,
 * every language has the texts Afrikaans has, none empty, each with the same placeholders, and the theme lists it in
 * {@code locales}; so no page falls back to English for a text one language forgot, no text loses the name or number
 * it shows, and a new language's file is checked as soon as it is added.
 */
class KeycloakThemeLanguagesTest {

    private static final Path THEME = Path.of("deploy/keycloak/themes/isdip");
    /** Keycloak's placeholders: {0} in the sign-in pages, {{name}} and <0>…</0> in the account console. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]+}}|\\{\\d+}|</?\\d+>");

    @ParameterizedTest
    @ValueSource(strings = {"login", "account"})
    void everyLanguageHasEveryTextWithItsPlaceholders(String pages) throws IOException {
        Path messages = THEME.resolve(pages + "/messages");
        Properties afrikaans = load(messages.resolve("messages_af.properties"));
        Set<String> languages = new TreeSet<>();
        try (var files = Files.list(messages)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                String language = name.substring("messages_".length(), name.length() - ".properties".length());
                languages.add(language);
                if (language.equals("en")) {
                    continue; // English overrides a few of Keycloak's own texts only.
                }
                Properties texts = load(file);
                assertThat(texts.stringPropertyNames()).as("%s %s: the same texts as Afrikaans", pages, language)
                        .containsExactlyInAnyOrderElementsOf(afrikaans.stringPropertyNames());
                for (String key : afrikaans.stringPropertyNames()) {
                    assertThat(texts.getProperty(key)).as("%s %s %s", pages, language, key).isNotBlank();
                    assertThat(placeholders(texts.getProperty(key))).as("%s %s %s: placeholders", pages, language, key)
                            .isEqualTo(placeholders(afrikaans.getProperty(key)));
                }
            }
        }
        assertThat(languages).as("%s: the portal's languages", pages).contains("af", "zu");
        String declared = load(THEME.resolve(pages + "/theme.properties")).getProperty("locales");
        assertThat(Set.of(declared.split(","))).as("%s: theme.properties locales name every language it has", pages)
                .contains("en").containsAll(languages);
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
