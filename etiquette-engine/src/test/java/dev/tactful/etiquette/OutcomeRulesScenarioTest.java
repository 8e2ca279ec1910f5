package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.BERLIN;
import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static dev.tactful.etiquette.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** R8 stop on response, R9 gracious close. */
class OutcomeRulesScenarioTest extends ScenarioSupport {

    private static Fixtures.Interview tokyoMorning() {
        return Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO).decision("2026-11-26");
    }

    @Test
    void r8_replyCancelsPendingCheckAndMoveOnButKeepsEarlierThanks() {
        Plan plan = plan(tokyoMorning(), Fixtures.outcome(OutcomeType.REPLY_RECEIVED, at("2026-11-23T10:00", TOKYO)));

        assertThat(plan.followUps()).extracting(PlannedFollowUp::kind)
                .containsExactlyInAnyOrder(FollowUpKind.THANK_YOU, FollowUpKind.KEEP_SEARCHING);
        assertThat(suppressions(plan, "R8")).hasSize(2)
                .anySatisfy(s -> assertThat(s.reason()).contains("status check").contains("reply received"))
                .anySatisfy(s -> assertThat(s.reason()).contains("move-on"));
    }

    @Test
    void r8_answerBeforeTheThankYouWasDueCancelsIt() {
        // Ends Thursday 18:00 Tokyo, thank-you would be Friday 09:00; the next round was booked Thursday 20:00.
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-19T17:00", TOKYO),
                Fixtures.outcome(OutcomeType.NEXT_ROUND_SCHEDULED, at("2026-11-19T20:00", TOKYO)));

        assertThat(all(plan, FollowUpKind.THANK_YOU)).isEmpty();
        assertThat(suppressions(plan, "R8")).anySatisfy(s -> {
            assertThat(s.recipient().interviewerId()).isEqualTo("iv-avery");
            assertThat(s.reason()).contains("thank-you").contains("next round scheduled");
        });
    }

    @Test
    void r8_outcomeOrderDoesNotMatter() {
        Outcome reply = Fixtures.outcome(OutcomeType.REPLY_RECEIVED, at("2026-11-23T10:00", TOKYO));
        Outcome rejected = Fixtures.outcome(OutcomeType.REJECTED, at("2026-11-27T10:00", TOKYO));
        Outcome moved = Fixtures.outcome(OutcomeType.REPLY_RECEIVED, at("2026-11-24T10:00", TOKYO),
                LocalDate.parse("2026-12-04"), UUID.fromString("00000000-0000-4000-8000-000000000009"));

        var logged = tokyoMorning().build();
        Plan a = engine.plan(logged, List.of(reply, rejected, moved), logged.loggedAt());
        Plan b = engine.plan(logged, List.of(rejected, moved, reply), logged.loggedAt());
        assertThat(a).isEqualTo(b);
        assertThat(only(a, FollowUpKind.GRACIOUS_CLOSE).rule()).isEqualTo("R9");
    }

    @Test
    void r9_closeOneBusinessDayAfterRejection() {
        // Rejected Friday 27 Nov 10:00 Tokyo (the check of Tue 1 Dec is cancelled): close Monday 30 Nov 09:00.
        Plan plan = plan(tokyoMorning(), Fixtures.outcome(OutcomeType.REJECTED, at("2026-11-27T10:00", TOKYO)));

        PlannedFollowUp close = only(plan, FollowUpKind.GRACIOUS_CLOSE);
        assertThat(close.key()).isEqualTo("GRACIOUS_CLOSE/iv-avery");
        assertThat(close.rule()).isEqualTo("R9");
        assertThat(close.channel()).isEqualTo(Channel.EMAIL);
        assertThat(local(close.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-30T09:00"));
        assertThat(all(plan, FollowUpKind.STATUS_CHECK)).isEmpty();
    }

    @Test
    void r9_closeUsesTheRejectionDateInTheRecipientsZone() {
        // Lena is in Berlin; rejection at Friday 27 Nov 23:30 Berlin = Saturday 07:30 Tokyo. The next business day
        // after Friday (Berlin) is Monday 30 Nov: 09:00 Berlin.
        Interviewer lena = new Interviewer("iv-lena", "Lena Vogel", "Lead", "lena@northwind.example", null,
                Channel.EMAIL, false, true, BERLIN);
        Plan plan = plan(tokyoMorning().interviewers(lena),
                Fixtures.outcome(OutcomeType.REJECTED, at("2026-11-27T23:30", BERLIN)));

        assertThat(local(only(plan, FollowUpKind.GRACIOUS_CLOSE).dueAt(), BERLIN))
                .isEqualTo(LocalDateTime.parse("2026-11-30T09:00"));
    }

    @Test
    void r9_closeWaitsAWeekAfterTheThankYouOnTheSameChannel() {
        // Rejected Wednesday 25 Nov 15:00 -> Thursday 26 Nov 09:00, but the email thank-you went Thursday 19 Nov
        // 11:00: the close waits until 26 Nov 11:00 (R7).
        Plan plan = plan(tokyoMorning(), Fixtures.outcome(OutcomeType.REJECTED, at("2026-11-25T15:00", TOKYO)));

        PlannedFollowUp close = only(plan, FollowUpKind.GRACIOUS_CLOSE);
        assertThat(local(close.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-26T11:00"));
        assertThat(close.reason()).contains("R7");
    }

    @Test
    void r9_noCloseUnderOneAndDone() {
        Plan plan = plan(tokyoMorning().policy(Policy.ONE_AND_DONE),
                Fixtures.outcome(OutcomeType.REJECTED, at("2026-11-27T10:00", TOKYO)));

        assertThat(all(plan, FollowUpKind.GRACIOUS_CLOSE)).isEmpty();
        assertThat(suppressions(plan, "R9")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("one-and-done"));
    }

    @Test
    void r9_noCloseForAnOffer() {
        Plan plan = plan(tokyoMorning(), Fixtures.outcome(OutcomeType.OFFER, at("2026-11-27T10:00", TOKYO)));
        assertThat(all(plan, FollowUpKind.GRACIOUS_CLOSE)).isEmpty();
    }
}
