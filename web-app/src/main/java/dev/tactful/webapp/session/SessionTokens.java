package dev.tactful.webapp.session;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;

/**
 * Candidate tokens: RS256, the candidate id as subject, the issuer the services expect, signed with the private
 * key of {@code smallrye.jwt.sign.key.location}. They are verified with the same {@code mp.jwt.verify.*} settings
 * as in the three services, so a token this app accepts is one they accept too.
 */
@ApplicationScoped
public class SessionTokens {

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    JWTParser parser;

    public record Minted(String token, String jti, Instant expiresAt) {
    }

    @ConfigProperty(name = "tactful.jwt.audience")
    String audience;

    public Minted mint(String candidateId, Instant now, Duration lifetime) {
        return mint(candidateId, null, now, lifetime);
    }

    /**
     * {@code verifiedEmail}: the address the sign-in proved (the emailed link reached it, or the OIDC provider
     * vouched for it); carried as {@code email}/{@code email_verified}, because interview-service sends the
     * candidate's drafts only to the token's own address. Null for tokens that only read (the calendar feed).
     */
    public Minted mint(String candidateId, String verifiedEmail, Instant now, Duration lifetime) {
        String jti = UUID.randomUUID().toString();
        Instant exp = now.plus(lifetime);
        var claims = Jwt.issuer(issuer)
                .audience(audience)
                .subject(candidateId)
                .upn(candidateId);
        if (verifiedEmail != null) {
            claims = claims.claim("email", verifiedEmail).claim("email_verified", true);
        }
        String token = claims
                .groups(Set.of("candidate"))
                .issuedAt(now)
                .expiresAt(exp)
                .claim(Claims.jti.name(), jti)
                .jws().algorithm(SignatureAlgorithm.RS256)
                .sign();
        return new Minted(token, jti, exp);
    }

    /** The verified token, or empty when it is malformed, tampered, expired, from another issuer or not RS256. */
    public Optional<JsonWebToken> verify(String token) {
        if (token == null || token.isBlank() || token.length() > 8192) {
            return Optional.empty();
        }
        try {
            JsonWebToken jwt = parser.parse(token);
            if (jwt.getSubject() == null || jwt.getTokenID() == null) {
                return Optional.empty();
            }
            return Optional.of(jwt);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }
}
