package za.gov.dpsa.isdip.platform;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Secrets the portal must keep and use itself (a webhook's signing key), stored sealed: AES-256-GCM under a key
 * from the environment ({@code ISDIP_SECRETS_KEY}), never in the database. A copy of the database, a backup or a
 * read-only account then reveals no secret. The purpose is bound into each seal, so a sealed value copied into
 * another column does not open there.
 * <p>
 * Format: {@code v1.<key id>.<base64url(nonce | ciphertext | tag)>}. The key id (the first 8 characters of the
 * key's SHA-256, base64url) says which key sealed it: after a rotation the previous keys
 * ({@code ISDIP_SECRETS_PREVIOUS_KEYS}) still open older seals until they are sealed again with the current key.
 */
@Component
public class SealedSecrets {

    static final String VERSION = "v1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    /** Current key first, then the previous ones, by key id. */
    private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();

    public SealedSecrets(@Value("${isdip.secrets.key:}") String key,
                         @Value("${isdip.secrets.previous-keys:}") List<String> previousKeys) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("isdip.secrets.key (ISDIP_SECRETS_KEY) is not set");
        }
        SecretKeySpec current = keyOf(key);
        currentKeyId = keyId(current);
        keys.put(currentKeyId, current);
        for (String previous : previousKeys) {
            if (!previous.isBlank()) {
                SecretKeySpec spec = keyOf(previous);
                keys.putIfAbsent(keyId(spec), spec);
            }
        }
    }

    /**
     * Why a configured key is unusable, or null when it is a base64 (or base64url) encoding of 32 bytes. Start-up
     * checks call it, so a wrong key stops the portal before anything is sealed with it.
     */
    public static String problemWith(String key) {
        if (key == null || key.isBlank()) {
            return "is not set";
        }
        try {
            int length = decodeKey(key).length;
            return length == 32 ? null : "must encode 32 bytes (openssl rand -base64 32), not " + length;
        } catch (IllegalArgumentException e) {
            return "is not base64 (openssl rand -base64 32)";
        }
    }

    /** The secret, sealed for one purpose with the current key. */
    public String seal(String purpose, String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), nonce, purpose);
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return VERSION + "." + currentKeyId + "." + ENCODER.encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    /**
     * The secret a seal holds. Fails, never returns something else, when the seal was changed, was made for
     * another purpose or by a key the portal no longer has.
     */
    public String open(String purpose, String sealed) {
        String[] parts = sealed.split("\\.", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw new SealBroken("not a sealed secret");
        }
        SecretKeySpec key = keys.get(parts[1]);
        if (key == null) {
            throw new SealBroken("sealed by key " + parts[1] + ", which is neither ISDIP_SECRETS_KEY nor one of "
                    + "ISDIP_SECRETS_PREVIOUS_KEYS");
        }
        try {
            byte[] stored = DECODER.decode(parts[2]);
            if (stored.length <= NONCE_BYTES) {
                throw new SealBroken("too short");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(stored, NONCE_BYTES), purpose);
            byte[] plain = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealBroken("changed, or sealed for another purpose");
        }
    }

    /** Whether the seal was made with the current key (after a rotation, older ones are sealed again). */
    public boolean sealedWithCurrentKey(String sealed) {
        return sealed.startsWith(VERSION + "." + currentKeyId + ".");
    }

    /** The current key's id, as it appears in new seals. */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** A seal that cannot be opened; its message never holds the secret. */
    public static class SealBroken extends RuntimeException {
        SealBroken(String why) {
            super("Sealed secret cannot be opened: " + why);
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] nonce, String purpose)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static SecretKeySpec keyOf(String key) {
        String problem = problemWith(key);
        if (problem != null) {
            throw new IllegalStateException("A key of isdip.secrets " + problem);
        }
        return new SecretKeySpec(decodeKey(key), "AES");
    }

    private static byte[] decodeKey(String key) {
        String trimmed = key.strip();
        return trimmed.contains("-") || trimmed.contains("_") ? Base64.getUrlDecoder().decode(trimmed)
                : Base64.getDecoder().decode(trimmed);
    }

    private static String keyId(SecretKeySpec key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return ENCODER.encodeToString(digest).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
