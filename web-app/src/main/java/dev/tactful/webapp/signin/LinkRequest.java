package dev.tactful.webapp.signin;

/**
 * What became of a request for a link. {@code token} is the raw token to mail (null when nothing is to be sent);
 * the page shows the same text either way unless the client itself is over its limit.
 */
public record LinkRequest(Outcome outcome, String email, String token) {

    public enum Outcome {
        /** A new link exists; mail it. */
        CREATED,
        /** This address already had its share of links lately: nothing is sent, the answer looks the same. */
        ADDRESS_LIMITED,
        /** This client asked too often: 429. */
        CLIENT_LIMITED
    }
}
