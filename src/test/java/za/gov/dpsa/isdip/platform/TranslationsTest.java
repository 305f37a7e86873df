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
 * Every language file is complete and well formed: the same keys as English, none empty, the same placeholders in
 * each text. Vaadin formats a translation with {@link java.text.MessageFormat} when it is given arguments, and there
 * a single apostrophe starts a quoted section: "department's {0}" would show "departments {0}" without the argument.
 * A text with a placeholder must therefore double every apostrophe, in every language.
 */
class TranslationsTest {

    private static final java.nio.file.Path FOLDER = java.nio.file.Path.of("src", "main", "resources", "vaadin-i18n");

    @Test
    void everyLanguageHasEveryKeyNoneEmptyAndTheSamePlaceholders() throws IOException {
        Properties english = load(FOLDER.resolve("translations.properties"));
        List<java.nio.file.Path> languages;
        try (var files = java.nio.file.Files.list(FOLDER)) {
            languages = files.filter(f -> f.getFileName().toString().matches("translations_[a-z]{2,3}\\.properties"))
                    .sorted().toList();
        }
        assertThat(languages).as("the official languages besides English").hasSizeGreaterThanOrEqualTo(2);
        List<String> problems = new java.util.ArrayList<>();
        for (java.nio.file.Path file : languages) {
            Properties language = load(file);
            String name = file.getFileName().toString();
            english.stringPropertyNames().stream().sorted().filter(key -> !language.containsKey(key))
                    .forEach(key -> problems.add(name + ": missing " + key));
            language.stringPropertyNames().stream().sorted().filter(key -> !english.containsKey(key))
                    .forEach(key -> problems.add(name + ": " + key + " is not a key of the English file"));
            for (String key : language.stringPropertyNames().stream().sorted().toList()) {
                String text = language.getProperty(key);
                if (text.isBlank()) {
                    problems.add(name + ": " + key + " is empty");
                } else if (english.containsKey(key)
                        && !placeholders(text).equals(placeholders(english.getProperty(key)))) {
                    problems.add(name + ": " + key + " has placeholders " + placeholders(text) + ", English "
                            + placeholders(english.getProperty(key)));
                } else if (PLACEHOLDER.matcher(text).find() && SINGLE_APOSTROPHE.matcher(text).find()) {
                    problems.add(name + ": " + key + " has a placeholder and a single apostrophe");
                }
            }
        }
        assertThat(problems).as("language files that would show a raw key or a broken text").isEmpty();
    }

    private static java.util.Set<String> placeholders(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        var matcher = java.util.regex.Pattern.compile("\\{(\\d+)").matcher(text);
        while (matcher.find()) {
            found.add("{" + matcher.group(1) + "}");
        }
        return found;
    }

    private static Properties load(java.nio.file.Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = java.nio.file.Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

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
