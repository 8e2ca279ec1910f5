package dev.tactful.notifier.webhook;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Optional integrator webhook: {@code tactful.webhook.url} turns it on; {@code tactful.webhook.secret} (from the
 * environment, {@code TACTFUL_WEBHOOK_SECRET}) signs every call.
 */
@ApplicationScoped
public class WebhookSettings {

    @ConfigProperty(name = "tactful.webhook.url")
    Optional<String> url;

    @ConfigProperty(name = "tactful.webhook.secret")
    Optional<String> secret;

    public boolean enabled() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    public String url() {
        return url.orElseThrow();
    }

    public String secret() {
        return secret.orElse("");
    }
}
