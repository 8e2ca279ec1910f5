package dev.tactful.webapp.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The "Your data" part of the settings: what it shows, and that erasing takes a confirmation and a valid form token
 * (refusals are 400 pages, never a 500). The erasure itself goes through interview-service: system test 12.
 */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = {
        @ResourceArg(name = "database", value = "webapp"), @ResourceArg(name = "services", value = "postgres,mail") })
class YourDataTest {

    @TestHTTPResource("/")
    URI base;

    @Test
    void settingsOfferTheExportAndAnErasureThatMustBeConfirmed() {
        WebClient b = new WebClient(base.toString());
        String email = "cand-" + UUID.randomUUID() + "@example.org";
        signIn(b, email);

        String settings = b.get("/settings").body();
        assertThat(settings).contains("<h2 id=\"data-title\">Your data</h2>")
                .contains("<input id=\"signin-email\" readonly value=\"" + email + "\">")
                .contains("href=\"/settings/export\"").contains("href=\"/settings/erase\"");

        // Opening the confirmation page erases nothing; it names the address to type.
        HttpResponse<String> confirm = b.get("/settings/erase");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.body()).contains("action=\"/settings/erase\"").contains(email).contains("cannot be undone");

        // Without the form's token: a clear 400 page, not a 500.
        HttpResponse<String> forged = b.postRaw("/settings/erase", Map.of("confirmEmail", email));
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(forged.body()).contains("<h1>This form has expired</h1>");

        // With the token but another address: refused next to the field, nothing erased.
        b.get("/settings/erase");
        HttpResponse<String> wrong = b.post("/settings/erase", Map.of("confirmEmail", "someone-else@example.org"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("id=\"confirmEmail-error\"").contains("Nothing was erased");
        assertThat(b.get("/settings").statusCode()).isEqualTo(200);
    }

    private static void signIn(WebClient b, String email) {
        b.get("/sign-in");
        assertThat(b.post("/sign-in", Map.of("email", email)).statusCode()).isEqualTo(200);
        String mailed = SignInMail.awaitLink(email, 1);
        String link = mailed.substring(mailed.indexOf("/sign-in/link"));
        b.get(link);
        String token = link.substring(link.indexOf("token=") + 6);
        assertThat(b.post("/sign-in/link", Map.of("token", token)).statusCode()).isEqualTo(303);
    }
}
