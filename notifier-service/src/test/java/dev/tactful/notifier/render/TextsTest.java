package dev.tactful.notifier.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.tactful.events.Limits;

class TextsTest {

    @Test
    void aSubjectWithinTheLimitIsOnlyTidied() {
        assertThat(Texts.subjectLine("  Thank you  for your time :  Platform Engineer interview ")).isEqualTo(
                "Thank you for your time: Platform Engineer interview");
        String exact = "s".repeat(Limits.SUBJECT);
        assertThat(Texts.subjectLine(exact)).isEqualTo(exact);
    }

    @Test
    void aLongerSubjectIsCutBetweenWordsAndMarked() {
        String role = "Principal Platform Engineer ".repeat(10).strip();
        String subject = Texts.subjectLine("Thank you from " + "Rowan Tester ".repeat(15).strip() + ", " + role + " candidate");
        assertThat(subject).hasSizeLessThanOrEqualTo(Limits.SUBJECT).endsWith("\u2026").startsWith("Thank you from Rowan Tester");
        assertThat(subject.substring(0, subject.length() - 1)).doesNotEndWith(" ");
        assertThat(subject.length()).as("cut at the last space before the limit").isGreaterThan(Limits.SUBJECT - 20);
    }

    @Test
    void aSubjectWithoutSpacesIsCutAtTheLimitWithoutSplittingACharacter() {
        String face = "\uD83D\uDE00";
        String subject = Texts.subjectLine("x".repeat(Limits.SUBJECT - 2) + face + "tail");
        assertThat(subject).hasSizeLessThanOrEqualTo(Limits.SUBJECT).endsWith("\u2026");
        assertThat(Character.isHighSurrogate(subject.charAt(subject.length() - 2))).isFalse();
    }
}
