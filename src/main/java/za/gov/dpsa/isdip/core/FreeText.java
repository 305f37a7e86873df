package za.gov.dpsa.isdip.core;

/**
 * Free text as people type it, without the characters that make text display as something other than what it is:
 * bidirectional embeddings, overrides and isolates (the "Trojan Source" characters, which can reverse a title in
 * the case list or hide words in an audit entry), invisible characters that pad or split words (zero-width space,
 * word joiner, byte-order mark, Hangul fillers) and control characters other than tab and line breaks.
 * <p>
 * Kept, because real text needs them: the zero-width joiner and non-joiner (emoji sequences, many scripts) and the
 * implicit direction marks LRM, RLM and ALM, which place neutral characters in right-to-left text and cannot reorder
 * more than their neighbours. Every text column passes through here on its way to and from the database
 * ({@code platform.data.FreeTextColumns}), and the modules' length checks count what will be stored.
 */
public final class FreeText {

    private FreeText() {
    }

    /** The text without hidden formatting; {@code null} stays {@code null}. Unchanged text is returned as is. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        int first = firstHidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder clean = new StringBuilder(text.length());
        clean.append(text, 0, first);
        text.codePoints().skip(text.codePointCount(0, first)).filter(c -> !hidden(c)).forEach(clean::appendCodePoint);
        return clean.toString();
    }

    /** The length a value will have once cleaned and stripped of surrounding white space, as the forms check it. */
    public static int length(String text) {
        return text == null ? 0 : clean(text).strip().length();
    }

    /** Whether the character is removed. */
    public static boolean hidden(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200B || (c >= 0x2060 && c <= 0x2064) || c == 0xFEFF || c == 0x180E
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || (c >= 0xFFF9 && c <= 0xFFFB)
                || c == 0x2028 || c == 0x2029;
    }

    private static int firstHidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (hidden(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
