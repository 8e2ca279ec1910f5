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
        assertThat(WebhookSettings.problems(Optional.empty(), Optional.empty())).isEmpty();
        assertThat(WebhookSettings.problems(Optional.of("  "), Optional.empty())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.example.com/tactful", "http://127.0.0.1:8099/hooks", "HTTPS://example.org"})
    void anAbsoluteHttpUrlWithASecretIsAccepted(String url) {
        assertThat(WebhookSettings.problems(Optional.of(url), Optional.of("s3cret"))).isEmpty();
    }

    @Test
    void aUrlWithoutASecretIsRejectedNamingTheSecretProperty() {
        assertThat(WebhookSettings.problems(Optional.of("https://hooks.example.com/tactful"), Optional.empty()))
                .singleElement().asString()
                .contains("tactful.webhook.secret", "TACTFUL_WEBHOOK_SECRET");
        assertThat(WebhookSettings.problems(Optional.of("https://hooks.example.com/tactful"), Optional.of("   ")))
                .singleElement().asString().contains("tactful.webhook.secret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hooks.example.com/tactful", "/hooks/tactful", "ftp://example.org/x", "mailto:ops@example.org",
            "https:///no-host", "http://exa mple.org/"})
    void aUrlThatIsNotAbsoluteHttpIsRejectedNamingTheUrlProperty(String url) {
        assertThat(WebhookSettings.problems(Optional.of(url), Optional.of("s3cret")))
                .singleElement().asString()
                .contains("tactful.webhook.url", "TACTFUL_WEBHOOK_URL", "absolute http");
    }

    @Test
    void bothMistakesAreReportedTogether() {
        assertThat(WebhookSettings.problems(Optional.of("example.org"), Optional.empty())).hasSize(2);
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
}
