package za.gov.dpsa.isdip.training;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Certificate verification codes: 15 random characters of Crockford's base 32 (75 bits, so a code cannot be
 * guessed) and a check character that catches a mistyped one before anything is looked up. Shown in groups of
 * four, e.g. {@code 7K2Q-M9XD-4TRW-B8NC}; read back case-insensitively, with or without the dashes.
 */
public final class CertificateCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int RANDOM_LENGTH = 15;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateCodes() {
    }

    /** A new code, without dashes. */
    public static String generate() {
        StringBuilder code = new StringBuilder(RANDOM_LENGTH + 1);
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
        if (code.length() != RANDOM_LENGTH + 1 || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return check(code.substring(0, RANDOM_LENGTH)) == code.charAt(RANDOM_LENGTH) ? Optional.of(code)
                : Optional.empty();
    }

    /** For reading: {@code XXXX-XXXX-XXXX-XXXX}. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8, 12) + "-"
                + code.substring(12);
    }

    /** A weighted sum modulo 37 folded into the alphabet: a changed or swapped character changes it. */
    private static char check(CharSequence body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (i + 1) * (ALPHABET.indexOf(body.charAt(i)) + 1);
        }
        return ALPHABET.charAt(sum % 37 % 32);
    }
}
