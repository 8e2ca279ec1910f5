package dev.tactful.notifier.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a webhook call may reach: literal addresses only, so no test depends on DNS. */
class WebhookTargetTest {

    @ParameterizedTest
    @CsvSource({
            "127.0.0.1, loopback", "127.8.9.10, loopback", "::1, loopback",
            "0.0.0.0, unspecified", "::, unspecified",
            "10.0.0.1, private", "172.16.0.1, private", "172.31.255.254, private", "192.168.1.1, private",
            "169.254.169.254, link-local", "fe80::1, link-local",
            "fc00::1, unique local", "fd12:3456::1, unique local",
            "100.64.0.1, carrier-grade NAT", "100.127.255.255, carrier-grade NAT",
            "198.18.0.1, benchmarking", "240.0.0.1, reserved", "255.255.255.255, reserved",
            "224.0.0.1, multicast", "ff02::1, multicast",
            "::ffff:127.0.0.1, loopback", "::ffff:10.0.0.7, private", "::ffff:169.254.169.254, link-local"})
    void anAddressThatIsNotPublicIsNamedWithItsKind(String address, String kind) throws Exception {
        assertThat(WebhookTarget.notPublic(InetAddress.getByName(address))).get().asString().contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
            "::ffff:93.184.215.14"})
    void aPublicAddressPasses(String address) throws Exception {
        assertThat(WebhookTarget.notPublic(InetAddress.getByName(address))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hooks", "http://localhost:9/x", "https://[::ffff:10.0.0.1]/x"})
    void resolvingRefusesAPrivateTargetUnlessAllowed(String url) throws Exception {
        assertThatThrownBy(() -> WebhookTarget.resolve(URI.create(url), false))
                .isInstanceOf(WebhookTarget.Refused.class).hasMessageContaining("allow-private-addresses");
        assertThat(WebhookTarget.resolve(URI.create(url), true).address()).isNotNull();
    }

    @ParameterizedTest
    @CsvSource({"https://93.184.215.14/hooks, 443", "http://93.184.215.14/hooks, 80", "https://93.184.215.14:8443/x, 8443"})
    void thePortIsTheUrlsOrTheSchemesDefault(String url, int port) throws Exception {
        WebhookTarget.Resolved target = WebhookTarget.resolve(URI.create(url), false);
        assertThat(target.port()).isEqualTo(port);
        assertThat(target.address().getHostAddress()).isEqualTo("93.184.215.14");
    }
}
