package dev.tactful.support.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.tactful.infra.DevJwt;

class DevKeyGuardTest {

    @Test
    void theShippedKeyIsRecognisedAsPemBareBase64JwkAndJwks() {
        PublicKey dev = DevJwt.publicKey();
        assertThat(DevKeyGuard.isDevKey(pem(dev))).isTrue();
        assertThat(DevKeyGuard.isDevKey(Base64.getEncoder().encodeToString(dev.getEncoded()))).isTrue();
        assertThat(DevKeyGuard.isDevKey(jwk((RSAPublicKey) dev))).isTrue();
        assertThat(DevKeyGuard.isDevKey("{\"keys\":[" + jwk((RSAPublicKey) fresh()) + "," + jwk((RSAPublicKey) dev) + "]}"))
                .isTrue();
    }

    @Test
    void anyOtherKeyIsNot() {
        PublicKey other = fresh();
        assertThat(DevKeyGuard.isDevKey(pem(other))).isFalse();
        assertThat(DevKeyGuard.isDevKey(jwk((RSAPublicKey) other))).isFalse();
        assertThat(DevKeyGuard.isDevKey("not a key")).isFalse();
    }

    @Test
    void theDevKeyFailsStartUpUnlessExplicitlyAllowed() {
        String dev = pem(DevJwt.publicKey());
        assertThatThrownBy(() -> DevKeyGuard.check(dev, false, "file:/keys/public.pem"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("file:/keys/public.pem")
                .hasMessageContaining("development key")
                .hasMessageContaining("TACTFUL_SECURITY_ALLOW_DEV_KEY=true");
        assertThatCode(() -> DevKeyGuard.check(dev, true, "file:/keys/public.pem")).doesNotThrowAnyException();
        assertThatCode(() -> DevKeyGuard.check(pem(fresh()), false, "file:/keys/public.pem")).doesNotThrowAnyException();
    }

    @Test
    void readsTheLocationsSmallryeJwtAccepts(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("publicKey.pem");
        Files.writeString(file, pem(DevJwt.publicKey()));
        assertThat(DevKeyGuard.read("file:" + file)).hasValueSatisfying(t -> assertThat(DevKeyGuard.isDevKey(t)).isTrue());
        assertThat(DevKeyGuard.read("file://" + file)).isPresent();
        assertThat(DevKeyGuard.read(DevJwt.PUBLIC_KEY_RESOURCE)).hasValueSatisfying(t -> assertThat(DevKeyGuard.isDevKey(t)).isTrue());
        assertThat(DevKeyGuard.read("classpath:" + DevJwt.PUBLIC_KEY_RESOURCE)).isPresent();
        assertThat(DevKeyGuard.read("file:" + dir.resolve("missing.pem"))).isEmpty();
    }

    private static PublicKey fresh() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPublic();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    private static String jwk(RSAPublicKey key) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "{\"kty\":\"RSA\",\"alg\":\"RS256\",\"n\":\"" + b64.encodeToString(unsigned(key.getModulus().toByteArray()))
                + "\",\"e\":\"" + b64.encodeToString(unsigned(key.getPublicExponent().toByteArray())) + "\"}";
    }

    private static byte[] unsigned(byte[] bytes) {
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
