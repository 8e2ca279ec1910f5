package dev.tactful.webapp;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The web app's own settings ({@code tactful.web.*}; env {@code TACTFUL_WEB_*}). */
@ConfigMapping(prefix = "tactful.web")
public interface WebSettings {

    /** Where people reach the web app; sign-in links and the calendar URL start with it (never taken from Host). */
    @WithDefault("http://localhost:8084")
    String baseUrl();

    Session session();

    SignIn signIn();

    Calendar calendar();

    Oidc oidc();

    /** Sign-in through an organisation's OIDC provider, next to the email link (profile "oidc"). */
    interface Oidc {
        @WithDefault("false")
        boolean enabled();
    }

    interface Session {
        /** How long a sign-in lasts; the services accept its token for as long. */
        @WithDefault("PT8H")
        Duration lifetime();

        /** Secure cookie attribute: on everywhere except dev and test (plain http://localhost). */
        @WithDefault("true")
        boolean secureCookie();
    }

    interface SignIn {
        @WithDefault("PT15M")
        Duration linkLifetime();

        /** Links per address within {@link #window()}; more are silently not sent (same answer as always). */
        @WithDefault("3")
        int maxPerAddress();

        /** Link requests per client address within {@link #window()}; more get 429. */
        @WithDefault("10")
        int maxPerClient();

        @WithDefault("PT15M")
        Duration window();

        @WithDefault("Tactful <no-reply@tactful.dev>")
        String mailFrom();
    }

    interface Calendar {
        /** Lifetime of the token the feed mints for its candidate to read the plans. */
        @WithDefault("PT2M")
        Duration tokenLifetime();
    }
}
