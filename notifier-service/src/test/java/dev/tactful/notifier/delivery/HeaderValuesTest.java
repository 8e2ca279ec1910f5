package dev.tactful.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderValuesTest {

    @Test
    void breaksAndControlsBecomeOneSpaceAndInvisiblesGo() {
        assertThat(HeaderValues.singleLine("Engineer\r\nBcc: x@y.example")).isEqualTo("Engineer Bcc: x@y.example");
        assertThat(HeaderValues.singleLine("Engi\u0000neer")).isEqualTo("Engi neer");
        assertThat(HeaderValues.singleLine("a\u2028b\u0085c\td")).isEqualTo("a b c d");
        assertThat(HeaderValues.singleLine("Rowan \u202Eevil\u202C\u200B Tester")).isEqualTo("Rowan evil Tester");
        assertThat(HeaderValues.singleLine("  Jürgen  Müller ")).isEqualTo("Jürgen Müller");
        assertThat(HeaderValues.singleLine(null)).isEmpty();
    }

    @Test
    void aDisplayNameCannotLookLikeOrBreakIntoAnAddress() {
        assertThat(HeaderValues.displayName("ceo@northwind.example")).isEqualTo("ceo northwind.example");
        assertThat(HeaderValues.displayName("ceo\uFF20northwind.example")).doesNotContain("\uFF20");
        assertThat(HeaderValues.displayName("Rowan <evil@x.example>, \"Bob\"; x:y")).isEqualTo("Rowan evil x.example Bob x y");
    }

    @ParameterizedTest
    @ValueSource(strings = {"avery@northwind.example", "a.b+tag@sub.example.co.uk", "o'neil@example.org", "x@xn--mnchen-3ya.de",
            "tactful@localhost"})
    void aPlainAddressPasses(String address) {
        assertThat(HeaderValues.address(" " + address + " ")).isEqualTo(address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"avery@northwind.example\r\nBcc: v@evil.example", "a@b.example, v@evil.example", "a@b.example;v@e.example",
            "avery@n\u043Erthwind.example", "Avery <a@b.example>", "a b@c.example", "@b.example", "a@.example", "a..b@c.example",
            "a@b.example\u0000", ""})
    void anythingElseIsRefusedWithoutRepeatingIt(String address) {
        assertThatThrownBy(() -> HeaderValues.address(address)).isInstanceOf(HeaderValues.UnsafeAddress.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("evil", "@"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tactful <no-reply@tactful.dev>|Tactful <no-reply@tactful.dev>",
            "Rowan via Tactful <no-reply@tactful.dev>|Rowan via Tactful <no-reply@tactful.dev>",
            "no-reply@tactful.dev|no-reply@tactful.dev"})
    void aMailboxIsRebuiltFromItsSafeParts(String in, String out) {
        assertThat(HeaderValues.mailbox(in)).isEqualTo(out);
    }

    @Test
    void aMailboxWithAnUnsafeAddressIsRefused() {
        assertThatThrownBy(() -> HeaderValues.mailbox("Rowan <a@b.example>\r\nBcc: <v@evil.example>"))
                .isInstanceOf(HeaderValues.UnsafeAddress.class);
    }

    @Test
    void aOneClickLinkBecomesABracketedListUnsubscribeValue() {
        assertThat(HeaderValues.listUnsubscribe("https://api.example.org/optout/AbC-_09"))
                .isEqualTo("<https://api.example.org/optout/AbC-_09>");
        assertThat(HeaderValues.listUnsubscribe("http://localhost:8081/optout/x")).isEqualTo("<http://localhost:8081/optout/x>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://api.example.org/optout/x>, <mailto:v@evil.example", "https://a.example/x\r\nBcc: v@evil.example",
            "https://a.example/x y", "javascript:alert(1)", "mailto:v@evil.example", "https://a.example/\"x\"", ""})
    void anythingElseIsRefusedAsAListUnsubscribeValue(String url) {
        assertThatThrownBy(() -> HeaderValues.listUnsubscribe(url)).isInstanceOf(HeaderValues.UnsafeAddress.class);
        assertThatThrownBy(() -> HeaderValues.listUnsubscribe(null)).isInstanceOf(HeaderValues.UnsafeAddress.class);
    }
}
