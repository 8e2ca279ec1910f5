package dev.tactful.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSettingsTest {

    @Test
    void noUrlMeansTheWebhookIsOffWhateverTheSecret() {
        assertThat(WebhookSettings.problems(Optional.empty(), Optional.empty(), false)).isEmpty();
        assertThat(WebhookSettings.problems(Optional.of("  "), Optional.empty(), false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/tactful", "http://127.0.0.1:8099/hooks", "HTTPS://example.org"})
    void anAbsoluteHttpUrlWithASecretIsAccepted(String url) {
        assertThat(WebhookSettings.problems(Optional.of(url), Optional.of("s3cret"), false)).isEmpty();
    }

    @Test
    void aUrlWithoutASecretIsRejectedNamingTheSecretProperty() {
        assertThat(WebhookSettings.problems(Optional.of("https://hooks.example.com/tactful"), Optional.empty(), false))
                .singleElement().asString()
                .contains("tactful.webhook.secret", "TACTFUL_WEBHOOK_SECRET");
        assertThat(WebhookSettings.problems(Optional.of("https://hooks.example.com/tactful"), Optional.of("   "), false))
                .singleElement().asString().contains("tactful.webhook.secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.example.com/tactful", "/hooks/tactful", "ftp://example.org/x", "mailto:ops@example.org",
            "https:///no-host", "http://exa mple.org/"})
    void aUrlThatIsNotAbsoluteHttpIsRejectedNamingTheUrlProperty(String url) {
        assertThat(WebhookSettings.problems(Optional.of(url), Optional.of("s3cret"), false))
                .singleElement().asString()
                .contains("tactful.webhook.url", "TACTFUL_WEBHOOK_URL", "absolute http");
    }

    @Test
    void bothMistakesAreReportedTogether() {
        assertThat(WebhookSettings.problems(Optional.of("example.org"), Optional.empty(), false)).hasSize(2);
    }

    @Test
    void startupFailsWithTheMessage() {
        WebhookSettings settings = new WebhookSettings();
        settings.url = Optional.of("https://hooks.example.com/tactful");
        settings.secret = Optional.empty();
        assertThatThrownBy(() -> settings.checkAtStartup(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Invalid webhook configuration")
                .hasMessageContaining("tactful.webhook.secret");

        settings.secret = Optional.of("s3cret");
        settings.checkAtStartup(null);
        assertThat(settings.enabled()).isTrue();
    }

    @Test
    void outsideDevAndTestAPlainHttpUrlIsRejected() {
        assertThat(WebhookSettings.problems(Optional.of("http://hooks.example.com/tactful"), Optional.of("s3cret"), true))
                .singleElement().asString().contains("must be https", "TACTFUL_WEBHOOK_URL");
        assertThat(WebhookSettings.problems(Optional.of("https://hooks.example.com/tactful"), Optional.of("s3cret"), true))
                .isEmpty();
    }

    @Test
    void aStandardSecretMustCarryBase64() {
        assertThat(WebhookSettings.problems(Optional.of("https://hooks.example.com/x"), Optional.of("whsec_not base64!"), true))
                .singleElement().asString().contains("whsec_", "TACTFUL_WEBHOOK_SECRET");
        assertThat(WebhookSettings.problems(Optional.of("https://hooks.example.com/x"),
                Optional.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hooks", "https://localhost:8443/hooks", "https://10.1.2.3/x",
            "https://169.254.169.254/latest/meta-data", "https://[::1]/x", "https://[fd00::1]/x"})
    void atStartUpAUrlThatReachesAPrivateAddressIsRejected(String url) {
        assertThat(WebhookSettings.targetProblems(java.net.URI.create(url)))
                .singleElement().asString().contains("TACTFUL_WEBHOOK_URL", "address", "allow-private-addresses");
    }

    @Test
    void atStartUpAPublicAddressPasses() {
        assertThat(WebhookSettings.targetProblems(java.net.URI.create("https://93.184.215.14/hooks"))).isEmpty();
    }
}
