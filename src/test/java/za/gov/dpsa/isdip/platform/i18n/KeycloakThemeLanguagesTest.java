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
 * Keycloak's pages in the portal's languages (deploy/keycloak/themes/isdip): the sign-in and the account pages have
 * the same texts in isiZulu as in Afrikaans, none empty, each with the same placeholders, so no page falls back to
 * English for a text one language forgot, and no text loses the name or number it shows.
 */
class KeycloakThemeLanguagesTest {

    private static final Path THEME = Path.of("deploy/keycloak/themes/isdip");
    /** Keycloak's placeholders: {0} in the sign-in pages, {{name}} and <0>…</0> in the account console. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]+}}|\\{\\d+}|</?\\d+>");

    @ParameterizedTest
    @ValueSource(strings = {"login", "account"})
    void isiZuluAndAfrikaansHaveEveryTextWithItsPlaceholders(String pages) throws IOException {
        Properties afrikaans = load(THEME.resolve(pages + "/messages/messages_af.properties"));
        Properties isiZulu = load(THEME.resolve(pages + "/messages/messages_zu.properties"));

        assertThat(isiZulu.stringPropertyNames()).as("%s: the isiZulu texts are the Afrikaans ones", pages)
                .containsExactlyInAnyOrderElementsOf(afrikaans.stringPropertyNames());
        for (String key : afrikaans.stringPropertyNames()) {
            assertThat(afrikaans.getProperty(key)).as("%s af %s", pages, key).isNotBlank();
            assertThat(isiZulu.getProperty(key)).as("%s zu %s", pages, key).isNotBlank();
            assertThat(placeholders(isiZulu.getProperty(key))).as("%s zu %s: placeholders", pages, key)
                    .isEqualTo(placeholders(afrikaans.getProperty(key)));
        }
        String declared = load(THEME.resolve(pages + "/theme.properties")).getProperty("locales");
        assertThat(Set.of(declared.split(","))).as("%s: theme.properties locales", pages)
                .containsExactlyInAnyOrder("en", "af", "zu");
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
