package za.gov.dpsa.isdip.platform.ui.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Figures follow the official's language: South African English and Afrikaans alike, isiZulu as CLDR writes it. */
class PortalNumbersTest {

    static final Locale EN_ZA = Locale.of("en", "ZA");
    static final Locale AF_ZA = Locale.of("af", "ZA");
    static final Locale ZU_ZA = Locale.of("zu", "ZA");
    /** CLDR groups South African thousands with a non-breaking space, so a figure never wraps. */
    static final String NBSP = "\u00a0";

    @Test
    void englishAndAfrikaansGroupWithASpaceAndWriteADecimalComma() {
        for (Locale locale : new Locale[] {EN_ZA, AF_ZA}) {
            assertThat(PortalNumbers.decimal(1234.5, locale)).isEqualTo("1" + NBSP + "234,5");
            assertThat(PortalNumbers.decimal(new BigDecimal("1234.50"), locale)).isEqualTo("1" + NBSP + "234,5");
            assertThat(PortalNumbers.percent(0.875, locale)).isEqualTo("87,5%");
            assertThat(PortalNumbers.percentPoints(new BigDecimal("87.5"), locale)).isEqualTo("87,5%");
            assertThat(PortalNumbers.integer(12345L, locale)).isEqualTo("12" + NBSP + "345");
        }
    }

    @Test
    void isiZuluKeepsCldrsDecimalPointAndAShareIsRoundedToOneDecimal() {
        assertThat(PortalNumbers.decimal(1234.5, ZU_ZA)).isEqualTo("1,234.5");
        assertThat(PortalNumbers.percent(0.875, ZU_ZA)).isEqualTo("87.5%");
        assertThat(PortalNumbers.percent(2.0 / 3, EN_ZA)).isEqualTo("66,7%");
        assertThat(PortalNumbers.percent(1, EN_ZA)).isEqualTo("100%");
    }

    @Test
    void aLanguageWithoutNumberDataOrWithoutCountryIsWrittenTheSouthAfricanWayAndNullIsNothing() {
        assertThat(PortalNumbers.decimal(1234.5, Locale.of("af"))).isEqualTo("1" + NBSP + "234,5");
        assertThat(PortalNumbers.decimal(1234.5, Locale.of("xx", "ZA"))).isEqualTo("1" + NBSP + "234,5");
        assertThat(PortalNumbers.decimal(1234.5, null)).isEqualTo("1" + NBSP + "234,5");
        assertThat(PortalNumbers.decimal(null, EN_ZA)).isEmpty();
        assertThat(PortalNumbers.percent(null, EN_ZA)).isEmpty();
        assertThat(PortalNumbers.percentPoints(null, EN_ZA)).isEmpty();
    }
}
