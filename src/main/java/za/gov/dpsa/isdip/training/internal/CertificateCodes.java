package za.gov.dpsa.isdip.training.internal;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate verification codes: 14 random characters of Crockford's base 32 (70 bits, so a code cannot be
 * guessed) and two check characters that catch any one mistyped character and any two swapped neighbours before
 * anything is looked up. Shown in groups of
 * four, e.g. {@code 7K2Q-M9XD-4TRW-B8NC}; read back case-insensitively, with or without the dashes.
 */
public final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    /** A new code, without dashes. */
    public static String generate() {
        StringBuilder code = new StringBuilder(RANDOM_LENGTH + 2);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return code.append(check(code)).toString();
    }

    /** The code as stored, if what was typed is a well-formed code (its check character matches). */
    public static Optional<String> normalise(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != RANDOM_LENGTH + 2 || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return check(code.substring(0, RANDOM_LENGTH)).equals(code.substring(RANDOM_LENGTH)) ? Optional.of(code)
                : Optional.empty();
    }

    /** For reading: {@code XXXX-XXXX-XXXX-XXXX}. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                + code.substring(12);
    }

    /**
     * A weighted sum modulo the prime 1021, written as two characters. A changed character moves the sum by at most
     * 31 times its weight (at most 14), a swap of neighbours by their difference: never a multiple of 1021.
     */
    private static String check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * (ALPHABET.indexOf(body.charAt(i)) + 1);
        }
        int value = sum % 1021;
        return "" + ALPHABET.charAt(value / 32) + ALPHABET.charAt(value % 32);
    }
}
