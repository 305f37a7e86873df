package za.gov.dpsa.isdip.platform.ui.component;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;

/**
 * The portal's one way of writing figures on screen: counts, decimals and percentages in the convention of the
 * language the official reads the portal in (Java's CLDR data). English and Afrikaans in South Africa group
 * thousands with a (non-breaking) space and write a decimal comma: 1 234,5 and 87,5%. For isiZulu (zu-ZA) CLDR
 * gives 1,234.5 and 87.5%; that is how isiZulu texts write figures, so it is kept rather than forced to en-ZA.
 * A language Java has no number data for falls back to en-ZA, never to the server's own locale.
 *
 * <p>Screens only: exports (CSV, spreadsheets) and form inputs keep plain machine numbers (1234.5), so they parse
 * the same everywhere. Every method writes an empty string for {@code null}.
 */
public final class PortalNumbers {

    /** The fallback: South African English. */
    public static final Locale SOUTH_AFRICA = Locale.of("en", "ZA");

    private static final int DECIMALS = 2;
    private static final int PERCENT_DECIMALS = 1;
    private static final Set<String> LANGUAGES_WITH_DATA = Arrays.stream(DecimalFormatSymbols.getAvailableLocales())
            .map(Locale::getLanguage).filter(l -> !l.isEmpty()).collect(Collectors.toUnmodifiableSet());

    private PortalNumbers() {
    }

    /** A count, grouped: 12 345 (en-ZA). */
    public static String integer(Number value, Locale locale) {
        return value == null ? "" : NumberFormat.getIntegerInstance(effective(locale)).format(value);
    }

    /** A figure with at most two decimals, no trailing zeros: 1 234,5 (en-ZA), 1,234.5 (zu-ZA). */
    public static String decimal(Number value, Locale locale) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(effective(locale));
        format.setMaximumFractionDigits(DECIMALS);
        return format.format(value instanceof BigDecimal big ? big : value.doubleValue());
    }

    /** A share between 0 and 1 as a percentage with at most one decimal: 0.875 is 87,5% (en-ZA). */
    public static String percent(Number share, Locale locale) {
        if (share == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(effective(locale));
        format.setMaximumFractionDigits(PERCENT_DECIMALS);
        return format.format(share.doubleValue());
    }

    /** A figure already in percent (87.5) written as a percentage: 87,5% (en-ZA). */
    public static String percentPoints(Number points, Locale locale) {
        return points == null ? "" : percent(points.doubleValue() / 100, locale);
    }

    /** {@link #integer(Number, Locale)} in the current UI's language. */
    public static String integer(Number value) {
        return integer(value, current());
    }

    /** {@link #decimal(Number, Locale)} in the current UI's language. */
    public static String decimal(Number value) {
        return decimal(value, current());
    }

    /** {@link #percent(Number, Locale)} in the current UI's language. */
    public static String percent(Number share) {
        return percent(share, current());
    }

    /** {@link #percentPoints(Number, Locale)} in the current UI's language. */
    public static String percentPoints(Number points) {
        return percentPoints(points, current());
    }

    /** The language a component is shown in: its UI's, else the current UI's (while a view is being built). */
    public static Locale localeOf(Component component) {
        return component.getUI().map(UI::getLocale).orElseGet(PortalNumbers::current);
    }

    /** The locale whose conventions are used: the one asked for when Java knows its numbers, else en-ZA. */
    static Locale effective(Locale locale) {
        if (locale == null || !LANGUAGES_WITH_DATA.contains(locale.getLanguage())) {
            return SOUTH_AFRICA;
        }
        // A language without a country (a browser's "af") still writes figures the South African way.
        return locale.getCountry().isEmpty() ? Locale.of(locale.getLanguage(), "ZA") : locale;
    }

    private static Locale current() {
        UI ui = UI.getCurrent();
        return ui == null ? SOUTH_AFRICA : ui.getLocale();
    }
}
