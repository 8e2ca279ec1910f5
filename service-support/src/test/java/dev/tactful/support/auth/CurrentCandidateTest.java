package dev.tactful.support.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tactful.support.Problem;
import dev.tactful.support.ProblemException;

class CurrentCandidateTest {

    @Test
    void theSubjectIsTheCandidateIdUpToTheColumnSize() {
        String longest = "c".repeat(CurrentCandidate.MAX_ID_LENGTH);
        assertThat(new CurrentCandidate(token("cand-42")).id()).isEqualTo("cand-42");
        assertThat(new CurrentCandidate(token(longest)).id()).isEqualTo(longest);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "   ", "\t" })
    void aMissingOrBlankSubjectIs401(String subject) {
        assertUnauthorized(subject, "missing or blank");
    }

    @Test
    void aSubjectLongerThanAnyCandidateIdIs401() {
        assertUnauthorized("c".repeat(CurrentCandidate.MAX_ID_LENGTH + 1), "longer than 255");
    }

    private static void assertUnauthorized(String subject, String detail) {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> new CurrentCandidate(token(subject)).id());
        Response r = e.getResponse();
        assertThat(r.getStatus()).isEqualTo(401);
        assertThat(r.getMediaType()).hasToString("application/problem+json");
        assertThat(r.getHeaderString("WWW-Authenticate")).startsWith("Bearer");
        Problem p = (Problem) r.getEntity();
        assertThat(p.type()).isEqualTo("https://tactful.dev/problems/unauthorized");
        assertThat(p.detail()).contains(detail);
    }

    private static JsonWebToken token(String subject) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "dev-user";
            }

            @Override
            public Set<String> getClaimNames() {
                return subject == null ? Set.of("upn") : Set.of("upn", "sub");
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return "sub".equals(name) ? (T) subject : null;
            }
        };
    }
}
