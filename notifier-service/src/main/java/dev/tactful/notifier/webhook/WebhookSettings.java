package dev.tactful.notifier.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * Optional integrator webhook: {@code tactful.webhook.url} turns it on; {@code tactful.webhook.secret} (from the
 * environment, {@code TACTFUL_WEBHOOK_SECRET}) signs every call.
 *
 * <p>The settings are checked when the service starts. A URL without a secret used to surface only later, as a
 * signing failure on every call, retried forever while the service looked healthy; a wrong setting is a
 * deployment mistake and should stop the deployment instead.
 */
@ApplicationScoped
public class WebhookSettings {

    private static final Logger LOG = Logger.getLogger(WebhookSettings.class);

    static final String URL_PROPERTY = "tactful.webhook.url";
    static final String SECRET_PROPERTY = "tactful.webhook.secret";

    @ConfigProperty(name = URL_PROPERTY)
    Optional<String> url;

    @ConfigProperty(name = SECRET_PROPERTY)
    Optional<String> secret;

    /** Off in dev and test only: the receiver is then often a local tool on http. */
    @ConfigProperty(name = "tactful.webhook.require-https", defaultValue = "true")
    boolean requireHttps;

    /** Whether the URL may resolve to loopback, private or link-local addresses (see {@link WebhookTarget}). */
    @ConfigProperty(name = "tactful.webhook.allow-private-addresses", defaultValue = "false")
    boolean allowPrivate;

    private volatile URI parsed;

    void checkAtStartup(@Observes StartupEvent event) {
        List<String> problems = problems(url, secret, requireHttps);
        if (problems.isEmpty() && enabled() && !allowPrivate) {
            problems.addAll(targetProblems(uri()));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid webhook configuration: " + String.join("; ", problems));
        }
    }

    /** A name that does not resolve yet is only logged: DNS may lag behind a deployment; every call checks again. */
    static List<String> targetProblems(URI uri) {
        try {
            WebhookTarget.resolve(uri, false);
            return new ArrayList<>();
        } catch (WebhookTarget.Refused e) {
            return new ArrayList<>(List.of(URL_PROPERTY + " (TACTFUL_WEBHOOK_URL): " + e.getMessage()));
        } catch (UnknownHostException e) {
            LOG.warnf("The webhook host %s does not resolve yet; calls will be retried", uri.getHost());
            return new ArrayList<>();
        }
    }

    public boolean allowPrivateAddresses() {
        return allowPrivate;
    }

    public boolean enabled() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    public String url() {
        return url.orElseThrow();
    }

    /** The URL as parsed once; only when {@link #enabled()} and the start-up check passed. */
    public URI uri() {
        URI u = parsed;
        if (u == null) {
            u = URI.create(url().strip());
            parsed = u;
        }
        return u;
    }

    public String secret() {
        return secret.orElse("").strip();
    }

    /**
     * Everything wrong with a webhook configuration, each naming its property and environment variable; empty
     * when the webhook is off (no URL) or fully configured.
     */
    static List<String> problems(Optional<String> url, Optional<String> secret, boolean requireHttps) {
        List<String> problems = new ArrayList<>();
        Optional<String> target = url.map(String::strip).filter(u -> !u.isEmpty());
        if (target.isEmpty()) {
            return problems;
        }
        if (!absoluteHttp(target.get())) {
            // The value itself is not repeated: webhook URLs often carry a token in their path.
            problems.add(URL_PROPERTY + " (TACTFUL_WEBHOOK_URL) must be an absolute http:// or https:// URL with a host");
        } else if (requireHttps && !target.get().toLowerCase(Locale.ROOT).startsWith("https:")) {
            problems.add(URL_PROPERTY + " (TACTFUL_WEBHOOK_URL) must be https outside the dev and test profiles"
                    + " (tactful.webhook.require-https)");
        }
        if (secret.map(String::strip).filter(s -> !s.isEmpty()).isEmpty()) {
            problems.add(SECRET_PROPERTY + " (TACTFUL_WEBHOOK_SECRET) must be set when " + URL_PROPERTY
                    + " is set: every call is signed with it");
        } else if (!WebhookSigner.validSecret(secret.get().strip())) {
            problems.add(SECRET_PROPERTY + " (TACTFUL_WEBHOOK_SECRET) starts with whsec_ but the rest is not base64");
        }
        return problems;
    }

    private static boolean absoluteHttp(String value) {
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return uri.isAbsolute() && (scheme.equals("http") || scheme.equals("https"))
                    && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
