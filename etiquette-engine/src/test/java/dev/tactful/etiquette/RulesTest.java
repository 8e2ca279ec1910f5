package dev.tactful.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void catalogueListsR1ToR18InOrderWithSources() {
        List<RuleInfo> rules = Rules.catalogue();

        assertThat(rules).extracting(RuleInfo::id)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 18).mapToObj(i -> "R" + i).toList());
        assertThat(rules).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.summary()).isNotBlank();
            assertThat(r.sources()).isNotEmpty()
                    .allSatisfy(s -> assertThat(s.id()).isIn("000", "001", "002", "003", "004"));
        });
    }

    @Test
    void sourcesFollowTheSpecTable() {
        assertThat(Rules.byId("R3").orElseThrow().sources()).containsExactly(Rules.FINE_LINE);
        assertThat(Rules.byId("R9").orElseThrow().sources()).containsExactly(Rules.HOW_SHOULD_I);
        assertThat(Rules.byId("R1").orElseThrow().sources()).hasSize(5);
        assertThat(Rules.byId("R19")).isEmpty();
    }
}
