package dev.tactful.support.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.tactful.events.Limits;
import dev.tactful.support.ProblemException;

/**
 * The candidate a request acts for: the subject of its bearer token. The one place that reads it, so every
 * service refuses the same tokens the same way. {@code @Authenticated} only proves the token is genuine; a
 * genuine token may still lack a subject (the verifier is content with {@code upn}) or carry one no candidate
 * can have, and without this check such a caller would share the "null" or "" candidate with everyone like them.
 */
@RequestScoped
public class CurrentCandidate {

    /**
     * The contract's candidate id limit ({@link Limits#CANDIDATE_ID}, the 255 characters OpenID Connect allows a
     * {@code sub}); every {@code candidate_id} column downstream is at least this wide.
     */
    public static final int MAX_ID_LENGTH = Limits.CANDIDATE_ID;

    @Inject
    JsonWebToken token;

    CurrentCandidate() {
    }

    CurrentCandidate(JsonWebToken token) {
        this.token = token;
    }

    /** The candidate id; 401 {@code application/problem+json} when the token has no usable subject. */
    public String id() {
        String subject = token.getSubject();
        String refusal = refusal(subject);
        if (refusal != null) {
            throw ProblemException.unauthorized(refusal);
        }
        return subject;
    }

    /**
     * The candidate's own address as their identity provider vouches for it: the token's {@code email} claim,
     * unless {@code email_verified} says it was not checked. Where Tactful sends the candidate's drafts and
     * reminders must come from here, never from a request body, or anyone could make Tactful mail any address.
     */
    public java.util.Optional<String> verifiedEmail() {
        Object verified = token.getClaim("email_verified");
        if (verified != null && !Boolean.parseBoolean(String.valueOf(verified).replace("\"", ""))) {
            return java.util.Optional.empty();
        }
        String email = token.getClaim("email");
        return email == null || email.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(email.strip());
    }

    /** Why a subject names no candidate, or null when it is usable. */
    static String refusal(String subject) {
        if (subject == null || subject.isBlank()) {
            return "The token names no candidate: its subject (sub) is missing or blank.";
        }
        if (subject.length() > MAX_ID_LENGTH) {
            return "The token's subject (sub) is longer than " + MAX_ID_LENGTH + " characters, which no candidate id is.";
        }
        return null;
    }
}
