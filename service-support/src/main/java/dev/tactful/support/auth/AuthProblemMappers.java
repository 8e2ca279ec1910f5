package dev.tactful.support.auth;

import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import dev.tactful.support.Problems;

/**
 * Authentication and authorization failures answered as {@code application/problem+json}, like every other 4xx,
 * instead of Quarkus' empty-bodied 401/403.
 *
 * <p>Proactive authentication stays on: Quarkus REST hands a failure of the proactive authentication (a garbage,
 * tampered, expired, foreign-issuer, {@code alg: none} or HS256 token) to the exception mappers once the
 * application registers its own mapper for exactly {@link AuthenticationFailedException} (and likewise for
 * {@link AuthenticationCompletionException}); a request without any token reaches the endpoint's
 * {@code @Authenticated} check and fails there with {@link UnauthorizedException}. These mappers replace the
 * built-in ones (priority 5001), which would only send the challenge.
 *
 * <p>{@code WWW-Authenticate} keeps the RFC 6750 challenge: bare {@code Bearer} when no token came, with
 * {@code error="invalid_token"} when the one that came was refused. The detail never repeats the verifier's
 * message, which may quote the token's claims.
 */
public class AuthProblemMappers {

    static final String BEARER = "Bearer";
    static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

    @ServerExceptionMapper(AuthenticationFailedException.class)
    public Response authenticationFailed() {
        return invalidToken();
    }

    @ServerExceptionMapper(AuthenticationCompletionException.class)
    public Response authenticationCompletion() {
        return invalidToken();
    }

    @ServerExceptionMapper(UnauthorizedException.class)
    public Response unauthorized() {
        return Response.fromResponse(Problems.status(401, "Unauthorized",
                "This endpoint needs a bearer token: Authorization: Bearer <JWT>."))
                .header("WWW-Authenticate", BEARER).build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden() {
        return Problems.status(403, "Forbidden", "The token does not allow this request.");
    }

    private static Response invalidToken() {
        return Response.fromResponse(Problems.status(401, "Unauthorized",
                "The bearer token was refused: it is malformed, expired, not from the expected issuer, "
                        + "or not validly signed (RS256)."))
                .header("WWW-Authenticate", INVALID_TOKEN).build();
    }
}
