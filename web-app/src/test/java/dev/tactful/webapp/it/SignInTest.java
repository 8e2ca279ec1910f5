package dev.tactful.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.webapp.account.Account;
import dev.tactful.webapp.session.SessionCookie;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Sign-in by emailed link, end to end on the real PostgreSQL and GreenMail. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "webapp"), @ResourceArg(name = "services", value = "postgres,mail") })
class SignInTest {

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "tactful.web.sign-in.max-per-address")
    int maxPerAddress;

    static String address() {
        return "cand-" + UUID.randomUUID() + "@example.org";
    }

    WebClient browser() {
        return new WebClient(base.toString());
    }

    @Test
    void theLinkSignsInOnceAndSignOutClosesThePages() {
        WebClient b = browser();
        String email = address();
        assertThat(b.get("/interviews").statusCode()).isEqualTo(303);

        HttpResponse<String> form = b.get("/sign-in");
        assertThat(form.statusCode()).isEqualTo(200);
        // The email link is the default: no organisation sign-in unless the "oidc" profile is on.
        assertThat(form.body()).doesNotContain("oidc-sign-in");
        assertThat(b.get("/sign-in/oidc").statusCode()).isEqualTo(404);
        assertThat(form.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(form.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");

        HttpResponse<String> sent = b.post("/sign-in", Map.of("email", "  " + email.toUpperCase() + " "));
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("If that address can sign in, a link is on its way");
        String mailed = SignInMail.awaitLink(email, 1);
        // The link starts with the configured public address (never the request's Host); the test server's port is random.
        assertThat(mailed).startsWith("http://localhost:8084/sign-in/link?token=");
        String link = mailed.substring(mailed.indexOf("/sign-in/link"));

        // Opening the link only shows a button; a mail scanner's GET uses nothing up.
        HttpResponse<String> confirm = b.get(link);
        assertThat(confirm.statusCode()).isEqualTo(200);
        String token = link.substring(link.indexOf("token=") + 6);
        HttpResponse<String> signedIn = b.post("/sign-in/link", Map.of("token", token));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/interviews");
        String cookieHeader = signedIn.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(SessionCookie.NAME + "=")).findFirst().orElseThrow();
        assertThat(cookieHeader).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(b.get("/settings").statusCode()).isEqualTo(200);

        // Single use: the same link again is refused, in another browser too.
        WebClient other = browser();
        other.get(link);
        HttpResponse<String> again = other.post("/sign-in/link", Map.of("token", token));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("expired or was already used");
        assertThat(other.cookie(SessionCookie.NAME)).isEmpty();

        // Sign-out revokes the session: the old cookie opens nothing any more.
        String session = b.cookie(SessionCookie.NAME).orElseThrow();
        b.get("/settings");
        assertThat(b.post("/sign-out", Map.of()).statusCode()).isEqualTo(303);
        WebClient replay = browser();
        replay.setCookie(SessionCookie.NAME, session);
        assertThat(replay.get("/settings").statusCode()).isEqualTo(303);
    }

    @Test
    void theSameAnswerForAnyAddressAndALimitPerAddress() {
        WebClient b = browser();
        b.get("/sign-in");
        String email = address();
        String first = b.post("/sign-in", Map.of("email", email)).body();
        for (int i = 1; i < maxPerAddress + 2; i++) {
            HttpResponse<String> r = b.post("/sign-in", Map.of("email", email));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).isEqualTo(first);
        }
        SignInMail.awaitLink(email, maxPerAddress);
        assertThat(SignInMail.to(email)).hasSize(maxPerAddress);
    }

    @Test
    void aBadAddressIsShownNextToTheField() {
        WebClient b = browser();
        b.get("/sign-in");
        HttpResponse<String> r = b.post("/sign-in", Map.of("email", "<b>not-an-address</b>"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"email-error\"").contains("&lt;b&gt;not-an-address&lt;/b&gt;")
                .doesNotContain("<b>not-an-address");
    }

    @Test
    void aFormWithoutTheCsrfTokenIsRefused() {
        WebClient b = browser();
        b.get("/sign-in");
        String email = address();
        HttpResponse<String> r = b.postRaw("/sign-in", Map.of("email", email));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(r.body()).contains("<h1>This form has expired</h1>").contains("reload the page");
        HttpResponse<String> forged = b.postRaw("/sign-in", Map.of("email", email, "csrf-token", "forged"));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("<h1>This form has expired</h1>");
        // The app's own 400s keep their own page: a bad address with a valid token is a form error, not a refusal.
        b.get("/sign-in");
        HttpResponse<String> bad = b.post("/sign-in", Map.of("email", "not-an-address"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"email-error\"").doesNotContain("This form has expired");
        assertThat(SignInMail.to(email)).isEmpty();
    }

    @Test
    void aForgedOrUnknownLinkSignsNobodyIn() {
        WebClient b = browser();
        b.get("/sign-in/link?token=nope");
        HttpResponse<String> r = b.post("/sign-in/link", Map.of("token", "x".repeat(43)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(b.cookie(SessionCookie.NAME)).isEmpty();
    }

    @Test
    void theCandidateIdIsStablePerAddress() {
        assertThat(Account.candidateIdFor(Account.normalize(" Rowan@Example.org ")))
                .isEqualTo(Account.candidateIdFor("rowan@example.org"))
                .startsWith("c-").hasSize(34)
                // What ./run-local computes with openssl for the demo's candidate.
                .isEqualTo("c-365c02808816225e9cff7a95a41e5e25");
        assertThat(Account.candidateIdFor("someone@example.org")).isNotEqualTo(Account.candidateIdFor("rowan@example.org"));
    }
}
