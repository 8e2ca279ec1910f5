package dev.tactful.notifier.render;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.SAM;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.Recipient;
import dev.tactful.notifier.Fixtures;
import dev.tactful.notifier.quality.DiscouragedPhrases;
import dev.tactful.notifier.quality.GateInput;
import dev.tactful.notifier.quality.QualityGate;
import dev.tactful.infra.TactfulInfraResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** Every kind on every channel it applies to renders, passes the gate and matches its approved snapshot. */
@QuarkusTest
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class RendererTest {

    static final LocalDate DECISION = LocalDate.of(2026, 11, 26);

    @Inject
    Renderer renderer;

    @Inject
    QualityGate gate;

    static Stream<Arguments> supported() {
        return Stream.of(
                Arguments.of(FollowUpKind.THANK_YOU, Channel.EMAIL),
                Arguments.of(FollowUpKind.THANK_YOU, Channel.HANDWRITTEN_NOTE),
                Arguments.of(FollowUpKind.THANK_YOU, Channel.PHONE),
                Arguments.of(FollowUpKind.STATUS_CHECK, Channel.EMAIL),
                Arguments.of(FollowUpKind.STATUS_CHECK, Channel.HANDWRITTEN_NOTE),
                Arguments.of(FollowUpKind.STATUS_CHECK, Channel.PHONE),
                Arguments.of(FollowUpKind.LINKEDIN_CONNECT, Channel.LINKEDIN),
                Arguments.of(FollowUpKind.GRACIOUS_CLOSE, Channel.EMAIL),
                Arguments.of(FollowUpKind.GRACIOUS_CLOSE, Channel.HANDWRITTEN_NOTE),
                Arguments.of(FollowUpKind.KEEP_SEARCHING, Channel.EMAIL),
                Arguments.of(FollowUpKind.MOVE_ON, Channel.EMAIL),
                Arguments.of(FollowUpKind.ADDRESS_BOUNCED, Channel.EMAIL),
                Arguments.of(FollowUpKind.OPTED_OUT_NOTICE, Channel.EMAIL));
    }

    static FollowUpDue fixed(FollowUpKind kind, Channel channel, Recipient recipient, InterviewDetails interview) {
        return due(new UUID(0, 1), new UUID(0, 2), "cand-1", kind, channel, DeliveryMode.DRAFT_TO_CANDIDATE, recipient, interview);
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("supported")
    void rendersPassesTheGateAndMatchesTheSnapshot(FollowUpKind kind, Channel channel) {
        for (LocalDate decision : new LocalDate[] { DECISION, null }) {
            FollowUpDue due = fixed(kind, channel, AVERY, northwind(decision));
            RenderedMessage msg = renderer.render(due);
            assertThat(msg.supported()).isTrue();
            assertThat(gate.check(new GateInput(msg, due.interview(), due.recipient(), DeliveryMode.SEND_DIRECT)).reasons())
                    .as("gate verdict").isEmpty();
            String name = kind.name().toLowerCase(Locale.ROOT) + "-" + channel.name().toLowerCase(Locale.ROOT)
                    + (decision == null ? "-no-decision-date" : "");
            Snapshots.assertMatches(name, (msg.subject() == null ? "" : "Subject: " + msg.subject() + "\n\n") + msg.text() + "\n");
        }
    }

    @Test
    void draftReminderMatchesTheSnapshot() {
        FollowUpDue due = fixed(FollowUpKind.THANK_YOU, Channel.HANDWRITTEN_NOTE, AVERY, northwind(DECISION));
        EmailContent draft = renderer.draft(due, renderer.render(due), false);
        assertThat(draft.text()).contains("express mail the same day");
        Snapshots.assertMatches("draft-thank_you-handwritten_note", "Subject: " + draft.subject() + "\n\n" + draft.text() + "\n");
    }

    @Test
    void heldNoticeMatchesTheSnapshot() {
        FollowUpDue due = fixed(FollowUpKind.THANK_YOU, Channel.EMAIL, AVERY, Fixtures.bare());
        RenderedMessage msg = renderer.render(due);
        var verdict = gate.check(new GateInput(msg, due.interview(), due.recipient(), DeliveryMode.DRAFT_TO_CANDIDATE));
        EmailContent held = renderer.held(due, msg, verdict.reasons());
        Snapshots.assertMatches("held-thank_you-email", "Subject: " + held.subject() + "\n\n" + held.text() + "\n");
    }

    @Test
    void twoInterviewersOfOneInterviewGetDifferentlyWordedNotes() {
        for (Channel channel : List.of(Channel.EMAIL, Channel.HANDWRITTEN_NOTE)) {
            InterviewDetails interview = new InterviewDetails("Northwind", "Platform Engineer", Fixtures.INTERVIEWED_AT, null,
                    DECISION, List.of("moving billing to event streaming", "the on-call rota"),
                    List.of("on-call experience with Kafka"), List.of(), null, null);
            String forAvery = renderer.render(fixed(FollowUpKind.THANK_YOU, channel, AVERY, interview)).text();
            String forSam = renderer.render(fixed(FollowUpKind.THANK_YOU, channel, SAM, interview)).text();
            // Names aside, the wording itself must differ.
            assertThat(neutral(forAvery, AVERY)).isNotEqualTo(neutral(forSam, SAM));
        }
    }

    @Test
    void phrasingIsDeterministicAndSpreadAcrossRecipients() {
        FollowUpDue due = fixed(FollowUpKind.THANK_YOU, Channel.EMAIL, AVERY, northwind(DECISION));
        assertThat(renderer.render(due)).isEqualTo(renderer.render(due));
        Set<String> openings = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            Recipient r = new Recipient("int-" + i, "Pat Lee", "Engineer", "pat" + i + "@northwind.example", AVERY.timeZone());
            openings.add(renderer.render(fixed(FollowUpKind.THANK_YOU, Channel.EMAIL, r, northwind(DECISION))).text().split("\n\n")[1]);
        }
        assertThat(openings).hasSize(3);
    }

    @Test
    void statusCheckDoesNotAskForTheTimelineWhenADateWasGiven() {
        for (Channel channel : List.of(Channel.EMAIL, Channel.HANDWRITTEN_NOTE, Channel.PHONE)) {
            String withDate = renderer.render(fixed(FollowUpKind.STATUS_CHECK, channel, AVERY, northwind(DECISION))).text()
                    .toLowerCase(Locale.ROOT);
            assertThat(DiscouragedPhrases.TIMELINE_ASKS).noneMatch(withDate::contains);
            assertThat(withDate).contains("26 november");
            String withoutDate = renderer.render(fixed(FollowUpKind.STATUS_CHECK, channel, AVERY, northwind(null))).text()
                    .toLowerCase(Locale.ROOT);
            assertThat(withoutDate).contains("next steps");
        }
    }

    @Test
    void employerTextsWeaveInTheInterviewsDetails() {
        RenderedMessage msg = renderer.render(fixed(FollowUpKind.THANK_YOU, Channel.EMAIL, AVERY, northwind(DECISION)));
        assertThat(msg.text()).contains("Avery").contains("Platform Engineer").contains("Northwind")
                .contains("moving billing to event streaming").contains("on-call experience with Kafka")
                .contains("limited Go experience").contains("Rowan Tester");
        // The interview day is given in the interviewer's zone (Tokyo): 19 November 10:00 there.
        assertThat(msg.text()).contains("Thursday 19 November");
        assertThat(msg.html()).contains("<p>Dear Avery,</p>");
        String call = renderer.render(fixed(FollowUpKind.THANK_YOU, Channel.PHONE, AVERY, northwind(DECISION))).text();
        assertThat(call).contains("Avery Stone (Engineering Manager) at Northwind");
    }

    @Test
    void htmlPartEscapesWhatTheCandidateTyped() {
        InterviewDetails risky = new InterviewDetails("Northwind", "Platform Engineer", Fixtures.INTERVIEWED_AT, null, null,
                List.of("<script>alert(1)</script> & co"), List.of(), List.of(), null, null);
        RenderedMessage msg = renderer.render(fixed(FollowUpKind.THANK_YOU, Channel.EMAIL, AVERY, risky));
        assertThat(msg.html()).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void theOptOutNoticeTellsTheCandidateWhoAskedAndWhatStopped() {
        for (DeliveryMode mode : DeliveryMode.values()) {
            FollowUpDue due = due(new UUID(0, 1), new UUID(0, 2), "cand-1", FollowUpKind.OPTED_OUT_NOTICE, Channel.EMAIL,
                    mode, AVERY, northwind(DECISION));
            RenderedMessage msg = renderer.render(due);
            assertThat(msg.supported()).isTrue();
            assertThat(Renderer.isEmail(due.kind(), due.channel())).isTrue();
            assertThat(msg.subject()).contains("Northwind").contains("their request");
            assertThat(msg.text()).startsWith("Hi Rowan,").contains("Platform Engineer", "Northwind", "Sam Lee",
                    "were cancelled", "nothing you need to do");
            assertThat(msg.html()).contains("Sam Lee");
        }
    }

    @Test
    void linkedinIsOnlyForConnectionRequests() {
        assertThat(renderer.render(fixed(FollowUpKind.THANK_YOU, Channel.LINKEDIN, AVERY, northwind(DECISION))).supported()).isFalse();
        String note = renderer.render(fixed(FollowUpKind.LINKEDIN_CONNECT, Channel.LINKEDIN, AVERY, northwind(DECISION))).text();
        assertThat(note.length()).isLessThanOrEqualTo(QualityGate.LINKEDIN_LIMIT);
    }

    private static String neutral(String text, Recipient r) {
        return text.replace(r.name(), "NAME").replace(r.name().split(" ")[0], "NAME");
    }
}
