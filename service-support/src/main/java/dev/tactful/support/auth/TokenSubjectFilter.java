package dev.tactful.support.auth;

import java.security.Principal;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import dev.tactful.support.Problems;

/**
 * Refuses a genuine token whose subject names no candidate on every endpoint, not only on those that ask
 * {@link CurrentCandidate} for the id: a catalogue such as {@code GET /api/v1/rules} must not answer a token that
 * the rest of the API refuses. Runs after proactive authentication, so a request without a token is left to the
 * endpoint's {@code @Authenticated} check (401 with the bare challenge).
 */
public class TokenSubjectFilter {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION + 1)
    public Response refuseUnusableSubjects(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext().getUserPrincipal();
        if (!(principal instanceof JsonWebToken token)) {
            return null;
        }
        String refusal = CurrentCandidate.refusal(token.getSubject());
        return refusal == null ? null : Problems.unauthorized(refusal);
    }
}
