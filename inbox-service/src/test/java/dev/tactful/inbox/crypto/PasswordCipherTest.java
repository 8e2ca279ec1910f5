package dev.tactful.inbox.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PasswordCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void roundTripsWithAFreshNonceAndNeverHoldsThePlainText() {
        PasswordCipher c = PasswordCipher.fromBase64(KEY);
        byte[] a = c.encrypt("app password 1", "cand-1");
        byte[] b = c.encrypt("app password 1", "cand-1");
        assertThat(a).isNotEqualTo(b);
        assertThat(new String(a, StandardCharsets.ISO_8859_1)).doesNotContain("app password");
        assertThat(c.decrypt(a, "cand-1")).isEqualTo("app password 1");
    }

    @Test
    void anotherOwnerAnotherKeyOrATamperedByteDoNotDecrypt() {
        PasswordCipher c = PasswordCipher.fromBase64(KEY);
        byte[] sealed = c.encrypt("secret", "cand-1");
        assertThatThrownBy(() -> c.decrypt(sealed, "cand-2")).isInstanceOf(IllegalArgumentException.class);
        String other = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> PasswordCipher.fromBase64(other).decrypt(sealed, "cand-1")).isInstanceOf(IllegalArgumentException.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> c.decrypt(sealed, "cand-1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAMissingShortOrMalformedKey() {
        assertThatThrownBy(() -> PasswordCipher.fromBase64("")).hasMessageContaining("TACTFUL_INBOX_KEY");
        assertThatThrownBy(() -> PasswordCipher.fromBase64(null)).hasMessageContaining("TACTFUL_INBOX_KEY");
        assertThatThrownBy(() -> PasswordCipher.fromBase64("c2hvcnQ=")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> PasswordCipher.fromBase64("not base64!")).hasMessageContaining("base64");
    }
}
