package dev.tactful.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class DevJwtTest {

    @Test
    void tokenIsSignedWithTheDevKeyAndCarriesTheCandidate() throws Exception {
        String token = DevJwt.token("cand-42", Duration.ofMinutes(10));
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(DevJwt.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();

        String header = decode(parts[0]);
        String claims = decode(parts[1]);
        assertThat(header).contains("\"alg\":\"RS256\"");
        assertThat(claims).contains("\"iss\":\"https://tactful.dev\"", "\"aud\":\"tactful-dev\"", "\"sub\":\"cand-42\"", "\"upn\":\"cand-42\"",
                "\"groups\":[\"candidate\"]", "\"jti\":\"");
        long iat = number(claims, "iat");
        long exp = number(claims, "exp");
        assertThat(exp - iat).isEqualTo(600);
    }

    @Test
    void tamperedTokenDoesNotVerify() throws Exception {
        String[] parts = DevJwt.token("cand-1").split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(decode(parts[1]).replace("cand-1", "cand-2").getBytes(StandardCharsets.UTF_8));
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(DevJwt.publicKey());
        verifier.update((parts[0] + "." + forgedClaims).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(parts[2]))).isFalse();
    }

    @Test
    void defaultLifetimeIsOneHourAndEachTokenIsUnique() {
        String a = DevJwt.token("cand-7");
        String b = DevJwt.token("cand-7");
        assertThat(a).isNotEqualTo(b);
        String claims = decode(a.split("\\.")[1]);
        assertThat(number(claims, "exp") - number(claims, "iat")).isEqualTo(3600);
    }

    @Test
    void candidateIdIsEscapedAsJson() {
        String claims = decode(DevJwt.token("a\"b").split("\\.")[1]);
        assertThat(claims).contains("\"sub\":\"a\\\"b\"");
    }

    @Test
    void blankCandidateIsRejected() {
        assertThatThrownBy(() -> DevJwt.token(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenForRefusalTestsCanLackTheSubjectOrCarryABlankOneButKeepsAPrincipal() {
        String without = decode(DevJwt.tokenWithSubject(null).split("\\.")[1]);
        assertThat(without).doesNotContain("\"sub\"").contains("\"upn\":\"dev-user-", "\"iss\":\"https://tactful.dev\"");
        String blank = decode(DevJwt.tokenWithSubject(" ").split("\\.")[1]);
        assertThat(blank).contains("\"sub\":\" \"", "\"upn\":\"dev-user-");
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }

    private static long number(String json, String claim) {
        String marker = "\"" + claim + "\":";
        int start = json.indexOf(marker) + marker.length();
        int end = start;
        while (end < json.length() && Character.isDigit(json.charAt(end))) {
            end++;
        }
        return Long.parseLong(json.substring(start, end));
    }
}
