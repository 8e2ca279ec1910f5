package dev.tactful.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tactful.events.FollowUpKind;

class LabelsTest {

    @ParameterizedTest
    @EnumSource(FollowUpKind.class)
    void everyKindReadsAsThePlannersReasonsNameIt(FollowUpKind kind) {
        assertThat(Labels.kind(kind)).isNotBlank()
                .isEqualTo(dev.tactful.etiquette.FollowUpKind.valueOf(kind.name()).label());
    }

    @Test
    void theWordingCandidatesAlreadySeeIsKept() {
        assertThat(Labels.kind(FollowUpKind.THANK_YOU)).isEqualTo("thank-you note");
        assertThat(Labels.kind(FollowUpKind.GRACIOUS_CLOSE)).isEqualTo("closing thank-you");
        assertThat(Labels.kind(FollowUpKind.KEEP_SEARCHING)).isEqualTo("keep-searching reminder");
    }

    @Test
    void noTwoKindsShareALabel() {
        assertThat(Arrays.stream(FollowUpKind.values()).map(Labels::kind).distinct()).hasSize(FollowUpKind.values().length);
    }
}
