package dev.tactful.notifier.optout;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.tactful.events.FollowUpDue;
import dev.tactful.notifier.delivery.HeaderValues;
import dev.tactful.support.optout.OptOutSecret;
import dev.tactful.support.optout.OptOutTokens;
import io.quarkus.runtime.StartupEvent;

/**
 * The one-click "please don't follow up" link of a direct email: {@code <base-url>/optout/<token>}, served by
 * interview-service, which owns the interviewer's preferences. The token is signed with the secret both services
 * share ({@code TACTFUL_OPTOUT_SECRET}). Settings are checked at start-up: a notifier that cannot sign, or that would
 * put a link nobody can open into an employer's inbox, does not start.
 */
@ApplicationScoped
public class OptOutLinks {

    static final String BASE_URL_PROPERTY = "tactful.optout.base-url";

    @ConfigProperty(name = "tactful.optout.secret")
    Optional<String> secret;

    @ConfigProperty(name = BASE_URL_PROPERTY)
    Optional<String> baseUrl;

    /** RFC 8058 wants an https URI for the one-click POST; off in dev and test, where interview-service is local. */
    @ConfigProperty(name = "tactful.optout.require-https", defaultValue = "true")
    boolean requireHttps;

    @ConfigProperty(name = "tactful.security.allow-dev-key", defaultValue = "false")
    boolean allowShippedSecret;

    private volatile OptOutTokens tokens;
    private volatile String base;

    void checkAtStartup(@Observes StartupEvent event) {
        init();
    }

    private void init() {
        List<String> problems = baseUrlProblems(baseUrl, requireHttps);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start: " + String.join("; ", problems));
        }
        tokens = new OptOutTokens(OptOutSecret.key(secret, allowShippedSecret));
        base = stripTrailingSlash(baseUrl.orElseThrow().strip());
    }

    /**
     * The opt-out link for the recipient of a direct email, or empty when the recipient is not one of the
     * interview's interviewers (an agency recruiter has no preference of their own in the interview to record).
     */
    public Optional<String> forRecipient(FollowUpDue due) {
        if (due.recipient() == null || due.recipient().interviewerId() == null || due.recipient().interviewerId().isBlank()
                || due.interviewId() == null) {
            return Optional.empty();
        }
        if (tokens == null) {
            init();
        }
        return Optional.of(base + "/optout/" + tokens.sign(due.interviewId(), due.recipient().interviewerId()));
    }

    static List<String> baseUrlProblems(Optional<String> configured, boolean requireHttps) {
        List<String> problems = new ArrayList<>();
        String value = configured.map(String::strip).orElse("");
        if (value.isEmpty()) {
            problems.add(BASE_URL_PROPERTY + " (TACTFUL_OPTOUT_BASE_URL) is not set: direct emails carry a one-click "
                    + "opt-out link to interview-service, e.g. https://api.example.org");
            return problems;
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            problems.add(BASE_URL_PROPERTY + " is not a URL");
            return problems;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
            problems.add(BASE_URL_PROPERTY + " must be an absolute http(s) URL with a host");
        } else if (requireHttps && !scheme.equals("https")) {
            problems.add(BASE_URL_PROPERTY + " must use https (RFC 8058 one-click unsubscribe); "
                    + "tactful.optout.require-https=false allows http for a local run only");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            problems.add(BASE_URL_PROPERTY + " must have no user info, query or fragment");
        }
        if (problems.isEmpty()) {
            try {
                // What MailSender will put into the header must pass it, or every direct email would fail to send.
                HeaderValues.listUnsubscribe(stripTrailingSlash(value) + "/optout/token");
            } catch (HeaderValues.UnsafeAddress e) {
                problems.add(BASE_URL_PROPERTY + " must be a plain URL (a host name of letters, digits, dots and "
                        + "hyphens, an optional port and path)");
            }
        }
        return problems;
    }

    private static String stripTrailingSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
