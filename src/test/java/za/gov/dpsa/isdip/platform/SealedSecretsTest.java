package za.gov.dpsa.isdip.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Webhook signing secrets (and any later secret the portal keeps for itself) sealed under the operator's key. */
class SealedSecretsTest {

    static final String KEY = "UZH4Jt1HsNhZYHZdmHBeRG/z9H76uq3Cf2j58zAbQ3k=";
    static final String OTHER_KEY = "swu0levlgcmvg9VrLsyEhiTwrKo62o+zAf9KT9HcZss=";
    static final String SECRET = "q9Jx0uYv3m3H1oZ2mN8c2QeYkzq7T0w8yq1fV6dS0aA";
    static final String PURPOSE = "webhook-signing-secret";

    private final SealedSecrets secrets = new SealedSecrets(KEY, List.of());

    @Test
    void aSealOpensToTheSecretAndNeverShowsIt() {
        String sealed = secrets.seal(PURPOSE, SECRET);

        assertThat(sealed).startsWith("v1." + secrets.currentKeyId() + ".").doesNotContain(SECRET);
        assertThat(sealed.length()).as("fits the column").isLessThanOrEqualTo(200);
        assertThat(secrets.open(PURPOSE, sealed)).isEqualTo(SECRET);
        assertThat(secrets.seal(PURPOSE, SECRET)).as("a fresh nonce each time").isNotEqualTo(sealed);
    }

    @Test
    void aChangedSealOrOneForAnotherPurposeDoesNotOpen() {
        String sealed = secrets.seal(PURPOSE, SECRET);
        char last = sealed.charAt(sealed.length() - 1);
        String changed = sealed.substring(0, sealed.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThatThrownBy(() -> secrets.open(PURPOSE, changed)).isInstanceOf(SealedSecrets.SealBroken.class)
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> secrets.open("another-purpose", sealed)).isInstanceOf(SealedSecrets.SealBroken.class);
        assertThatThrownBy(() -> secrets.open(PURPOSE, SECRET)).isInstanceOf(SealedSecrets.SealBroken.class)
                .hasMessageContaining("not a sealed secret");
    }

    @Test
    void afterARotationThePreviousKeyStillOpensOlderSealsUntilTheyAreSealedAgain() {
        String sealedBefore = secrets.seal(PURPOSE, SECRET);
        SealedSecrets rotated = new SealedSecrets(OTHER_KEY, List.of(KEY));

        assertThat(rotated.open(PURPOSE, sealedBefore)).isEqualTo(SECRET);
        assertThat(rotated.sealedWithCurrentKey(sealedBefore)).isFalse();
        assertThat(rotated.sealedWithCurrentKey(rotated.seal(PURPOSE, SECRET))).isTrue();

        SealedSecrets withoutTheOldKey = new SealedSecrets(OTHER_KEY, List.of());
        assertThatThrownBy(() -> withoutTheOldKey.open(PURPOSE, sealedBefore))
                .isInstanceOf(SealedSecrets.SealBroken.class)
                .hasMessageContaining(secrets.currentKeyId()).hasMessageContaining("ISDIP_SECRETS_PREVIOUS_KEYS");
    }

    @Test
    void aKeyMustBeThirtyTwoRandomBytesInBase64() {
        assertThat(SealedSecrets.problemWith(KEY)).isNull();
        assertThat(SealedSecrets.problemWith(Base64.getUrlEncoder().encodeToString(new byte[32]))).isNull();
        assertThat(SealedSecrets.problemWith("")).isEqualTo("is not set");
        assertThat(SealedSecrets.problemWith("c2hvcnQ=")).contains("32 bytes").contains("not 5");
        assertThat(SealedSecrets.problemWith("not base64 at all!")).contains("not base64");
        assertThatThrownBy(() -> new SealedSecrets("c2hvcnQ=", List.of()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SealedSecrets(KEY, List.of("c2hvcnQ=")))
                .isInstanceOf(IllegalStateException.class);
    }
}
