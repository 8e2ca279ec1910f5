package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Reasons name a kind by its one label, the wording the notifier's messages use as well. */
class KindLabelsTest extends ScenarioSupport {

    @Test
    void everyKindHasItsOwnLabel() {
        assertThat(Arrays.stream(FollowUpKind.values()).map(FollowUpKind::label))
                .doesNotContainNull().allSatisfy(l -> assertThat(l).isNotBlank())
                .doesNotHaveDuplicates();
    }

    @Test
    void r8ReasonsNameTheCancelledKindByItsLabel() {
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-19T17:00", TOKYO),
                Fixtures.outcome(OutcomeType.NEXT_ROUND_SCHEDULED, at("2026-11-19T20:00", TOKYO)));

        assertThat(suppressions(plan, "R8"))
                .anySatisfy(s -> assertThat(s.reason()).startsWith("No thank-you note to Avery Stone"))
                .anySatisfy(s -> assertThat(s.reason()).startsWith("No move-on note to Rowan Tester"))
                .allSatisfy(s -> assertThat(s.reason()).endsWith("except a closing thank-you."));
    }
}
