package dev.tactful.interview.api;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.support.optout.OptOut;
import dev.tactful.support.optout.OptOutSecret;
import dev.tactful.support.optout.OptOutTokens;
import io.quarkus.runtime.StartupEvent;

/**
 * Checks the tokens of one-click opt-out links with the secret the notifier signs them with
 * ({@code TACTFUL_OPTOUT_SECRET}). Checked at start-up: a service that could not verify a link would answer every
 * interviewer's click with "not valid", silently.
 */
@ApplicationScoped
class OptOutVerifier {

    @ConfigProperty(name = "tactful.optout.secret")
    Optional<String> secret;

    @ConfigProperty(name = "tactful.security.allow-dev-key", defaultValue = "false")
    boolean allowShippedSecret;

    private volatile OptOutTokens tokens;

    void checkAtStartup(@Observes StartupEvent event) {
        tokens();
    }

    Optional<OptOut> verify(String token) {
        return tokens().verify(token);
    }

    private OptOutTokens tokens() {
        OptOutTokens t = tokens;
        if (t == null) {
            t = new OptOutTokens(OptOutSecret.key(secret, allowShippedSecret));
            tokens = t;
        }
        return t;
    }
}
