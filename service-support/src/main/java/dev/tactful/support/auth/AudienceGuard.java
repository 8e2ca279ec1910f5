package dev.tactful.support.auth;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start a service that does not know which audience ({@code aud}) its tokens must name: without
 * {@code mp.jwt.verify.audiences} the verifier accepts a genuine token issued for any other application of the
 * same identity provider. Dev and test name the development audience; elsewhere {@code TACTFUL_JWT_AUDIENCE}.
 */
@ApplicationScoped
public class AudienceGuard {

    @ConfigProperty(name = "mp.jwt.verify.audiences")
    Optional<List<String>> audiences;

    void onStart(@Observes StartupEvent event) {
        check(audiences);
    }

    static void check(Optional<List<String>> audiences) {
        if (audiences.map(list -> list.stream().noneMatch(a -> a != null && !a.isBlank())).orElse(true)) {
            throw new IllegalStateException("Refusing to start: no JWT audience is configured, so tokens issued for any "
                    + "application would be accepted. Set TACTFUL_JWT_AUDIENCE (mp.jwt.verify.audiences) to the audience "
                    + "(aud) your identity provider puts in Tactful's tokens.");
        }
    }
}
