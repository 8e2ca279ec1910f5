package dev.tactful.notifier.optout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class OptOutLinksTest {

    @Test
    void anHttpsBaseUrlIsFine() {
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://api.example.org"), true)).isEmpty();
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://api.example.org/tactful/"), true)).isEmpty();
    }

    @Test
    void noBaseUrlNamesTheVariable() {
        assertThat(OptOutLinks.baseUrlProblems(Optional.empty(), true)).singleElement().asString()
                .contains("TACTFUL_OPTOUT_BASE_URL");
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("  "), false)).hasSize(1);
    }

    @Test
    void plainHttpOnlyWhereHttpsIsNotRequired() {
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("http://localhost:8081"), true)).singleElement().asString()
                .contains("https");
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("http://localhost:8081"), false)).isEmpty();
    }

    @Test
    void aUrlThatIsNotABaseIsRefused() {
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("api.example.org"), false)).isNotEmpty();
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("ftp://api.example.org"), false)).isNotEmpty();
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://api.example.org/?x=1"), true)).isNotEmpty();
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://user@api.example.org"), true)).isNotEmpty();
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://api.example.org/#top"), true)).isNotEmpty();
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://exa mple.org"), true)).isNotEmpty();
        // A valid URI, but not one the List-Unsubscribe header takes: refused at start-up, not at every send.
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://[::1]:8081"), true)).isNotEmpty();
        assertThat(OptOutLinks.baseUrlProblems(Optional.of("https://api.example.org/a\"b"), true)).isNotEmpty();
    }
}
