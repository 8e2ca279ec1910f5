package dev.tactful.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tactful.infra.BadJwt.Kind;

/** Each bad token is bad in exactly its own way, so a service refusing it is refusing for that reason. */
class BadJwtTest {

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = { "EXPIRED", "NOT_YET_VALID", "OTHER_ISSUER", "OTHER_AUDIENCE",
            "NO_AUDIENCE", "ALG_NONE", "HS256_PUBLIC_KEY" })
    void namesTheCandidate(Kind kind) {
        assertThat(decode(BadJwt.token(kind, "cand-9").split("\\.")[1])).contains("\"sub\":\"cand-9\"");
    }

    @Test
    void algNoneHasAnEmptySignature() {
        String token = BadJwt.token(Kind.ALG_NONE, "cand-1");
        assertThat(token).endsWith(".");
        assertThat(decode(token.split("\\.")[0])).contains("\"alg\":\"none\"");
    }

    @Test
    void hs256IsAnHmacKeyedWithThePublicKeyPem() throws Exception {
        String[] parts = BadJwt.token(Kind.HS256_PUBLIC_KEY, "cand-1").split("\\.");
        assertThat(decode(parts[0])).contains("\"alg\":\"HS256\"");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(BadJwt.publicKeyPem(), "HmacSHA256"));
        byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64.getUrlDecoder().decode(parts[2])).isEqualTo(expected);
        assertThat(new String(BadJwt.publicKeyPem(), StandardCharsets.US_ASCII)).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    @Test
    void expiredAndForeignTokensAreGenuinelySigned() throws Exception {
        for (Kind kind : new Kind[] { Kind.EXPIRED, Kind.NOT_YET_VALID, Kind.OTHER_ISSUER, Kind.OTHER_AUDIENCE,
                Kind.NO_AUDIENCE, Kind.NO_SUBJECT, Kind.BLANK_SUBJECT, Kind.LONG_SUBJECT }) {
            String[] parts = BadJwt.token(kind, "cand-1").split("\\.");
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(DevJwt.publicKey());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).as(kind.name()).isTrue();
        }
        String expired = decode(BadJwt.token(Kind.EXPIRED, "cand-1").split("\\.")[1]);
        long exp = Long.parseLong(expired.replaceAll(".*\"exp\":(\\d+).*", "$1"));
        assertThat(exp).isLessThan(Instant.now().getEpochSecond());
        assertThat(decode(BadJwt.token(Kind.OTHER_ISSUER, "cand-1").split("\\.")[1])).doesNotContain(DevJwt.ISSUER)
                .contains("\"aud\":\"" + DevJwt.AUDIENCE + "\"");
    }

    @Test
    void notYetValidStartsAnHourFromNow() {
        String claims = decode(BadJwt.token(Kind.NOT_YET_VALID, "cand-1").split("\\.")[1]);
        long now = Instant.now().getEpochSecond();
        assertThat(Long.parseLong(claims.replaceAll(".*\"nbf\":(\\d+).*", "$1"))).isGreaterThan(now + 3000);
        assertThat(Long.parseLong(claims.replaceAll(".*\"iat\":(\\d+).*", "$1"))).isGreaterThan(now + 3000);
        assertThat(claims).contains("\"iss\":\"" + DevJwt.ISSUER + "\"", "\"aud\":\"" + DevJwt.AUDIENCE + "\"");
    }

    @Test
    void audienceKindsDifferOnlyInTheirAudience() {
        assertThat(decode(BadJwt.token(Kind.OTHER_AUDIENCE, "cand-1").split("\\.")[1]))
                .contains("\"aud\":\"https://evil.example/api\"", "\"iss\":\"" + DevJwt.ISSUER + "\"");
        assertThat(decode(BadJwt.token(Kind.NO_AUDIENCE, "cand-1").split("\\.")[1])).doesNotContain("\"aud\"")
                .contains("\"iss\":\"" + DevJwt.ISSUER + "\"");
    }

    @Test
    void subjectKindsAreMissingBlankOrOneCharacterTooLong() {
        assertThat(decode(BadJwt.token(Kind.NO_SUBJECT, "cand-1").split("\\.")[1])).doesNotContain("\"sub\"");
        assertThat(decode(BadJwt.token(Kind.BLANK_SUBJECT, "cand-1").split("\\.")[1])).contains("\"sub\":\" \"");
        String longSub = decode(BadJwt.token(Kind.LONG_SUBJECT, "cand-1").split("\\.")[1])
                .replaceAll(".*\"sub\":\"([^\"]*)\".*", "$1");
        assertThat(longSub).hasSize(BadJwt.LONG_SUBJECT_LENGTH).startsWith("cand-1-");
    }

    @Test
    void tamperedTokenNoLongerVerifies() throws Exception {
        String[] parts = BadJwt.token(Kind.TAMPERED, "cand-1").split("\\.");
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(DevJwt.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isFalse();
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
