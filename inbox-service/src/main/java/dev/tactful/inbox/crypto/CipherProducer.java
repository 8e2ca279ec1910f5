package dev.tactful.inbox.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.Startup;

/**
 * The one cipher of the service, built at start-up: without a valid {@code TACTFUL_INBOX_KEY} (no default outside
 * dev and test) the service refuses to start instead of accepting passwords it could not protect.
 */
@ApplicationScoped
public class CipherProducer {

    @Produces
    @Singleton
    @Startup
    PasswordCipher cipher(@ConfigProperty(name = "tactful.inbox.key", defaultValue = "") String key) {
        return PasswordCipher.fromBase64(key);
    }
}
