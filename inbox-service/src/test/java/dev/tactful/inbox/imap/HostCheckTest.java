package dev.tactful.inbox.imap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Address literals only, so the test needs no DNS. */
class HostCheckTest {

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "169.254.169.254", "0.0.0.0", "::1",
            "fd00::1", "fe80::1", "224.0.0.1" })
    void ownNetworkAddressesAreRefused(String host) {
        assertThat(HostCheck.of(host)).isEqualTo(HostCheck.Verdict.NOT_PUBLIC);
    }

    @ParameterizedTest
    @ValueSource(strings = { "8.8.8.8", "2001:4860:4860::8888", "185.70.42.20" })
    void publicAddressesPass(String host) {
        assertThat(HostCheck.of(host)).isEqualTo(HostCheck.Verdict.PUBLIC);
    }
}
