package dev.tactful.notifier.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.HoldReason;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.Recipient;
import dev.tactful.notifier.Fixtures;
import dev.tactful.notifier.render.RenderedMessage;

/** One test per gate reason (pure logic), plus the passing case. */
class QualityGateTest {

    static final java.util.List<String> ALL_PHRASES = java.util.stream.Stream
            .concat(DiscouragedPhrases.EMPTY_CHASERS.stream(), DiscouragedPhrases.CANNED.stream()).toList();

    final QualityGate gate = new QualityGate();
    final InterviewDetails details = Fixtures.northwind(null);
    final String good = "Dear Avery,\n\nThank you for our talk about moving billing to event streaming.\n\nKind regards,\nRowan Tester";

    Verdict check(FollowUpKind kind, Channel channel, String subject, String text, InterviewDetails interview) {
        return check(kind, channel, subject, text, interview, DeliveryMode.DRAFT_TO_CANDIDATE, Fixtures.AVERY);
    }

    Verdict check(FollowUpKind kind, Channel channel, String subject, String text, InterviewDetails interview,
            DeliveryMode mode, Recipient recipient) {
        RenderedMessage msg = new RenderedMessage(kind, channel, subject, text, null, true);
        return gate.check(new GateInput(msg, interview, recipient, mode));
    }

    @Test
    void aPersonalWellWrittenEmailPasses() {
        assertThat(check(FollowUpKind.THANK_YOU, Channel.EMAIL, "Thank you", good, details).passed()).isTrue();
    }

    @Test
    void unsupportedChannelIsHeldUnderR4() {
        RenderedMessage msg = RenderedMessage.unsupported(FollowUpKind.THANK_YOU, Channel.LINKEDIN);
        Verdict v = gate.check(new GateInput(msg, details, Fixtures.AVERY, DeliveryMode.DRAFT_TO_CANDIDATE));
        assertThat(v.reasons()).extracting(HoldReason::rule, HoldReason::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("R4", QualityGate.UNSUPPORTED_CHANNEL));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "   " })
    void emptySubjectIsHeld(String subject) {
        assertThat(check(FollowUpKind.THANK_YOU, Channel.EMAIL, subject, good, details).codes())
                .containsExactly(QualityGate.EMPTY_SUBJECT);
        assertThat(check(FollowUpKind.THANK_YOU, Channel.EMAIL, null, good, details).codes())
                .containsExactly(QualityGate.EMPTY_SUBJECT);
    }

    @Test
    void aNoteNeedsNoSubject() {
        assertThat(check(FollowUpKind.THANK_YOU, Channel.HANDWRITTEN_NOTE, null, good, details).passed()).isTrue();
    }

    @Test
    void emptyBodyIsHeld() {
        assertThat(check(FollowUpKind.KEEP_SEARCHING, Channel.EMAIL, "Keep going", "  ", details).codes())
                .containsExactly(QualityGate.EMPTY_BODY);
    }

    @ParameterizedTest
    @ValueSource(strings = { "{name}", "[NAME]", "[COMPANY NAME]", "<ROLE>", "%s", "${role}", "null", "undefined", "TODO", "N/A" })
    void unresolvedPlaceholdersAreHeld(String token) {
        Verdict v = check(FollowUpKind.THANK_YOU, Channel.EMAIL, "Thank you", good + "\nP.S. " + token, details);
        assertThat(v.codes()).containsExactly(QualityGate.UNRESOLVED_PLACEHOLDER);
        assertThat(v.reasons().get(0).rule()).isEqualTo("R16");
    }

    @Test
    void placeholderInTheSubjectIsHeld() {
        assertThat(check(FollowUpKind.THANK_YOU, Channel.EMAIL, "Thanks, [FIRST NAME]", good, details).codes())
                .containsExactly(QualityGate.UNRESOLVED_PLACEHOLDER);
    }

    @Test
    void employerMessageWithoutAnyRecordedDetailIsHeldUnderR2() {
        Verdict v = check(FollowUpKind.THANK_YOU, Channel.EMAIL, "Thank you", good, Fixtures.bare());
        assertThat(v.codes()).containsExactly(QualityGate.NO_INTERVIEW_DETAIL);
        assertThat(v.reasons().get(0).rule()).isEqualTo("R2");
    }

    @Test
    void employerMessageThatMentionsNoneOfTheRecordedDetailsIsHeldUnderR2() {
        String generic = "Dear Avery,\n\nThank you for the interview.\n\nKind regards,\nRowan";
        assertThat(check(FollowUpKind.STATUS_CHECK, Channel.EMAIL, "Hello", generic, details).codes())
                .containsExactly(QualityGate.NO_INTERVIEW_DETAIL);
    }

    @Test
    void candidateRemindersNeedNoInterviewDetail() {
        assertThat(check(FollowUpKind.MOVE_ON, Channel.EMAIL, "Move on", "Time to move on.", Fixtures.bare()).passed()).isTrue();
    }

    @Test
    void linkedinNoteOver300CharactersIsHeld() {
        String note = "Hi Avery, thanks for our talk about moving billing to event streaming. " + "x".repeat(240);
        assertThat(note.length()).isGreaterThan(300);
        assertThat(check(FollowUpKind.LINKEDIN_CONNECT, Channel.LINKEDIN, null, note, details).codes())
                .containsExactly(QualityGate.LINKEDIN_TOO_LONG);
        String fits = note.substring(0, 300);
        assertThat(check(FollowUpKind.LINKEDIN_CONNECT, Channel.LINKEDIN, null, fits, details).passed()).isTrue();
    }

    static final java.util.List<String> PHRASES = ALL_PHRASES;

    @ParameterizedTest
    @FieldSource("PHRASES")
    void everyDiscouragedPhraseIsHeld(String phrase) {
        String text = good.replace("Thank you for", phrase.substring(0, 1).toUpperCase() + phrase.substring(1) + ". Thank you for");
        Verdict v = check(FollowUpKind.STATUS_CHECK, Channel.EMAIL, "Platform Engineer role", text, details);
        assertThat(v.codes()).containsExactly(QualityGate.DISCOURAGED_PHRASE);
        assertThat(v.reasons().get(0).reason()).contains(phrase);
    }

    @ParameterizedTest
    @FieldSource("dev.tactful.notifier.quality.DiscouragedPhrases#TIMELINE_ASKS")
    void askingForTheTimelineAgainIsHeldUnderR6(String ask) {
        String text = good.replace("Kind regards", "Could you share " + ask + "?\n\nKind regards");
        InterviewDetails withDate = Fixtures.northwind(LocalDate.of(2026, 11, 26));
        Verdict v = check(FollowUpKind.STATUS_CHECK, Channel.EMAIL, "Platform Engineer role", text, withDate);
        assertThat(v.codes()).containsExactly(QualityGate.TIMELINE_ALREADY_GIVEN);
        assertThat(v.reasons().get(0).rule()).isEqualTo("R6");
        // Without a date, asking about timing is fine.
        assertThat(check(FollowUpKind.STATUS_CHECK, Channel.EMAIL, "Platform Engineer role", text, details).passed()).isTrue();
    }

    @Test
    void directEmailWithoutRecipientAddressIsHeld() {
        Recipient noEmail = new Recipient("int-x", "Avery Stone", "EM", null, ZoneId.of("Asia/Tokyo"));
        assertThat(check(FollowUpKind.THANK_YOU, Channel.EMAIL, "Thank you", good, details, DeliveryMode.SEND_DIRECT, noEmail).codes())
                .containsExactly(QualityGate.NO_RECIPIENT_ADDRESS);
        // As a draft the candidate can look the address up, so it is not held.
        assertThat(check(FollowUpKind.THANK_YOU, Channel.EMAIL, "Thank you", good, details, DeliveryMode.DRAFT_TO_CANDIDATE, noEmail)
                .passed()).isTrue();
    }

    @Test
    void allReasonsAreReportedTogether() {
        Verdict v = check(FollowUpKind.THANK_YOU, Channel.EMAIL, "", "Just checking in, [NAME]", Fixtures.bare());
        assertThat(v.codes()).containsExactlyInAnyOrder(QualityGate.EMPTY_SUBJECT, QualityGate.UNRESOLVED_PLACEHOLDER,
                QualityGate.NO_INTERVIEW_DETAIL, QualityGate.DISCOURAGED_PHRASE);
    }
}
