package dev.tactful.support.optout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OptOutTokensTest {

    private static final byte[] SECRET = "a-test-secret-of-well-over-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);
    private static final byte[] OTHER = "another-test-secret-also-over-thirty-two-bytes".getBytes(StandardCharsets.UTF_8);
    private static final UUID INTERVIEW = UUID.fromString("4f7c2a1e-9b3d-4e8a-a2f1-0c5d6e7f8a9b");
    private static final String INTERVIEWER = "0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70";

    private final OptOutTokens tokens = new OptOutTokens(SECRET);

    @Test
    void aSignedTokenNamesItsInterviewAndInterviewer() {
        String token = tokens.sign(INTERVIEW, INTERVIEWER);

        assertThat(tokens.verify(token)).contains(new OptOut(INTERVIEW, INTERVIEWER));
        assertThat(token).matches("[A-Za-z0-9_-]+").doesNotContain(INTERVIEWER).doesNotContain(INTERVIEW.toString());
        assertThat(tokens.sign(INTERVIEW, INTERVIEWER)).as("deterministic, so a re-rendered mail is identical").isEqualTo(token);
    }

    @Test
    void everyFlippedBitMakesTheTokenInvalid() {
        byte[] raw = Base64.getUrlDecoder().decode(tokens.sign(INTERVIEW, INTERVIEWER));
        for (int i = 0; i < raw.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = raw.clone();
                tampered[i] ^= (byte) (1 << bit);
                String token = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
                assertThat(tokens.verify(token)).as("byte %d bit %d", i, bit).isEmpty();
            }
        }
    }

    @Test
    void aTruncatedOrExtendedTokenIsInvalid() {
        String token = tokens.sign(INTERVIEW, INTERVIEWER);
        for (int cut = 1; cut < token.length(); cut++) {
            assertThat(tokens.verify(token.substring(0, token.length() - cut))).as("cut %d", cut).isEmpty();
        }
        assertThat(tokens.verify(token + "A")).isEmpty();
        assertThat(tokens.verify(token + "AAAA")).isEmpty();
    }

    @Test
    void anotherSecretsTokenIsInvalid() {
        String token = new OptOutTokens(OTHER).sign(INTERVIEW, INTERVIEWER);

        assertThat(tokens.verify(token)).isEmpty();
    }

    @Test
    void theTokenOfAnotherInterviewOrInterviewerIsNotThisOnesAndCannotBeReassembled() {
        UUID otherInterview = UUID.fromString("11111111-2222-4333-8444-555555555555");
        String mine = tokens.sign(INTERVIEW, INTERVIEWER);
        String otherInterviewsToken = tokens.sign(otherInterview, INTERVIEWER);
        String otherInterviewersToken = tokens.sign(INTERVIEW, "someone-else");

        assertThat(tokens.verify(otherInterviewsToken)).contains(new OptOut(otherInterview, INTERVIEWER));
        assertThat(tokens.verify(otherInterviewersToken)).contains(new OptOut(INTERVIEW, "someone-else"));
        assertThat(Set.of(mine, otherInterviewsToken, otherInterviewersToken)).hasSize(3);

        // The other interview's id with this token's MAC: a valid-looking token that no secret holder signed.
        byte[] forged = Base64.getUrlDecoder().decode(mine);
        byte[] other = Base64.getUrlDecoder().decode(otherInterviewsToken);
        System.arraycopy(other, 1, forged, 1, 16);
        assertThat(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(forged))).isEmpty();
    }

    @Test
    void anUnknownVersionIsInvalidEvenWithAMatchingMac() {
        byte[] raw = Base64.getUrlDecoder().decode(tokens.sign(INTERVIEW, INTERVIEWER));
        raw[0] = 2;
        assertThat(tokens.verify(Base64.getUrlEncoder().withoutPadding().encodeToString(raw))).isEmpty();
        assertThat(raw[0]).isNotEqualTo(OptOutTokens.VERSION);
    }

    @Test
    void garbageIsInvalidWithoutAnException() {
        for (String junk : new String[] { null, "", "x", "====", "not a token", "%2F..%2F", "AAAA".repeat(2000),
                "ü-not-base64", tokens.sign(INTERVIEW, INTERVIEWER) + "=" }) {
            assertThat(tokens.verify(junk)).as(String.valueOf(junk).substring(0, Math.min(20, String.valueOf(junk).length())))
                    .isEmpty();
        }
    }

    @Test
    void tokensForManyInterviewersAreAllDifferent() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(tokens.sign(INTERVIEW, UUID.randomUUID().toString()));
        }
        assertThat(seen).hasSize(500);
    }

    @Test
    void signingRefusesWhatATokenCannotCarry() {
        assertThatThrownBy(() -> tokens.sign(null, INTERVIEWER)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.sign(INTERVIEW, "")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.sign(INTERVIEW, "x".repeat(OptOutTokens.MAX_INTERVIEWER_ID_BYTES + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tokens.verify(tokens.sign(INTERVIEW, "x".repeat(OptOutTokens.MAX_INTERVIEWER_ID_BYTES))))
                .map(OptOut::interviewerId).contains("x".repeat(OptOutTokens.MAX_INTERVIEWER_ID_BYTES));
        assertThatThrownBy(() -> new OptOutTokens("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSecretMustBeConfiguredLongAndNotTheShippedOneOutsideDevAndTest() {
        for (Optional<String> none : java.util.List.of(Optional.<String>empty(), Optional.of(""), Optional.of("   "))) {
            assertThatThrownBy(() -> OptOutSecret.key(none, false)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TACTFUL_OPTOUT_SECRET");
        }
        assertThatThrownBy(() -> OptOutSecret.key(Optional.of("too-short"), true))
                .hasMessageContaining("at least " + OptOutSecret.MIN_BYTES);
        assertThatThrownBy(() -> OptOutSecret.key(Optional.of(OptOutSecret.SHIPPED_DEV_SECRET), false))
                .hasMessageContaining("development value");
        assertThat(OptOutSecret.key(Optional.of(OptOutSecret.SHIPPED_DEV_SECRET), true))
                .isEqualTo(OptOutSecret.SHIPPED_DEV_SECRET.getBytes(StandardCharsets.UTF_8));
        assertThat(OptOutSecret.key(Optional.of(new String(OTHER, StandardCharsets.UTF_8)), false)).isEqualTo(OTHER);
    }
}
