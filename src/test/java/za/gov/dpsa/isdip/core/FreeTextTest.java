package za.gov.dpsa.isdip.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;


/** What a title or a comment keeps of what was typed: everything visible, nothing that disguises it. */
class FreeTextTest {

    @Test
    void trojanSourceCharactersAreRemovedSoATitleShowsWhatItIs() {
        // "invoice‮fdp.exe" displays as "invoiceexe.pdf" in a browser.
        assertThat(FreeText.clean("invoice\u202Efdp.exe")).isEqualTo("invoicefdp.exe");
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            assertThat(FreeText.clean("a" + Character.toString(c) + "b")).as("U+%04X", c).isEqualTo("ab");
        }
    }

    @Test
    void invisibleAndControlCharactersGoWhileLineBreaksAndTabsStay() {
        assertThat(FreeText.clean("pay\u200Bment\u2060 due\uFEFF\u0000\u0007\u001B[31m\u0085"))
                .isEqualTo("payment due[31m");
        assertThat(FreeText.clean("line one\r\nline two\n\tindented")).isEqualTo("line one\r\nline two\n\tindented");
        assertThat(FreeText.clean("\u3164\u115F")).isEmpty();
    }

    @Test
    void everyLanguageEmojiAndRightToLeftTextAreKeptAsTyped() {
        String[] texts = {
            "Sawubona, umphakathi ulinde amahora amabili.",
            "Die kliniek se tou was té lank; burgers het gewag.",
            "Vhadzulapo vho lindela ḓuvha ḽoṱhe ṅwaha uno.",
            "Baahi ba emetse nako e telele ofising.",
            "👩🏾‍⚕️ 🇿🇦 👍🏿", // zero-width joiners and regional indicators in emoji sequences
            "\u200Fمرحبا بكم\u200E (Arabic), \u05E9\u05DC\u05D5\u05DD \u061C",
            "क्‍ष" // ZWJ inside an Indic word
        };
        for (String text : texts) {
            assertThat(FreeText.clean(text)).isSameAs(text);
        }
    }

    @Test
    void theLengthChecksCountWhatWillBeStored() {
        assertThat(FreeText.length("\u202E\u202E\u202E\u202Eabc  ")).isEqualTo(3);
        assertThat(FreeText.length(null)).isZero();
        assertThat(FreeText.clean(null)).isNull();
    }
}
