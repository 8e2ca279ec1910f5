package dev.tactful.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.webapp.session.SessionCookie;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The "oidc" configuration profile against an OpenID provider on a real port: the authorization code flow ends in
 * the same session as an email link, for the provider's verified address.
 */
@QuarkusTest
@TestProfile(OidcSignInTest.OidcProfile.class)
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "webapp"), @ResourceArg(name = "services", value = "postgres,mail") })
@WithTestResource(TestOidcProvider.class)
class OidcSignInTest {

    /** The test profile plus "oidc", exactly the profile an installation turns on. */
    public static class OidcProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "oidc,test";
        }
    }

    @TestHTTPResource("/")
    URI base;

    @Test
    void theCodeFlowOpensASessionForTheVerifiedAddress() {
        WebClient b = new WebClient(base.toString());
        assertThat(b.get("/sign-in").body()).contains("id=\"oidc-sign-in\"");

        // The app sends the browser to the provider...
        HttpResponse<String> toProvider = b.get("/sign-in/oidc");
        assertThat(toProvider.statusCode()).isEqualTo(302);
        String authorize = toProvider.headers().firstValue("Location").orElseThrow();
        assertThat(authorize).contains("/authorize?").contains("client_id=" + TestOidcProvider.CLIENT_ID)
                .contains("response_type=code");
        // ...which sends it back with a code; the app trades it for the ID token and opens its own session.
        HttpResponse<String> back = b.get(authorize);
        assertThat(back.statusCode()).isEqualTo(302);
        HttpResponse<String> signedIn = b.get(back.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> last = signedIn;
        // quarkus-oidc may first redirect to the path without the code and state.
        if (last.statusCode() == 302) {
            last = b.get(last.headers().firstValue("Location").orElseThrow());
        }
        assertThat(last.statusCode()).as(last.body()).isEqualTo(303);
        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/interviews");
        assertThat(b.cookie(SessionCookie.NAME)).isPresent();

        HttpResponse<String> settings = b.get("/settings");
        assertThat(settings.statusCode()).isEqualTo(200);
        assertThat(settings.body()).contains("Signed in as org.user@example.org");
    }

    @Test
    void withoutTheProviderNothingIsSignedIn() {
        WebClient b = new WebClient(base.toString());
        assertThat(b.get("/settings").statusCode()).isEqualTo(303);
        HttpResponse<String> forged = b.get("/sign-in/oidc?code=made-up&state=made-up");
        assertThat(forged.statusCode()).isNotEqualTo(303);
        assertThat(b.cookie(SessionCookie.NAME)).isEmpty();
    }
}
