package za.gov.dpsa.isdip.e2e;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The authenticator app of the demo DPSA super-admin: one-time codes (RFC 6238, HMAC-SHA1, 6 digits, 30 s) from the
 * OTP secret the realm file registers for {@code dpsa.superadmin}. Keycloak refuses a code used once, so each
 * sign-in takes a code of a later period than the last (waiting for it when needed).
 */
final class DemoAuthenticator {

    /** Users with an authenticator registered in deploy/keycloak/isdip-realm.json, and its secret. */
    private static final Map<String, String> SECRETS = Map.of("dpsa.superadmin", "isdip-demo-otp-key-1");
    private static final long PERIOD_SECONDS = 30;
    private static long lastUsedPeriod;

    private DemoAuthenticator() {
    }

    static boolean knows(String username) {
        return SECRETS.containsKey(username);
    }

    /** A code Keycloak has not seen yet: of the current period, or the next one (its look-ahead window). */
    static synchronized String nextCode(String username) {
        long now = System.currentTimeMillis() / 1000 / PERIOD_SECONDS;
        long period = Math.max(now, lastUsedPeriod + 1);
        if (period > now + 1) {
            sleepUntilPeriod(period - 1);
        }
        lastUsedPeriod = period;
        return code(SECRETS.get(username), period);
    }

    /** A valid-looking code that is wrong for the current time. */
    static String wrongCode(String username) {
        long now = System.currentTimeMillis() / 1000 / PERIOD_SECONDS;
        return code(SECRETS.get(username), now + 40);
    }

    static String code(String secret, long period) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            // Keycloak keys the HMAC with the secret's UTF-8 bytes (its QR code carries their Base32 form).
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(period).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleepUntilPeriod(long period) {
        long wait = period * PERIOD_SECONDS * 1000 - System.currentTimeMillis();
        if (wait > 0) {
            try {
                Thread.sleep(wait + 200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
