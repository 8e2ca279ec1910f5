package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.AUCKLAND;
import static dev.tactful.etiquette.Fixtures.BERLIN;
import static dev.tactful.etiquette.Fixtures.KOLKATA;
import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static dev.tactful.etiquette.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** R12 before the decision, R14 handwritten notes, R15 keep searching / move on. */
class TimingRulesScenarioTest extends ScenarioSupport {

    private static Interviewer noteLover(String email) {
        return new Interviewer("iv-avery", "Avery Stone", "EM", email, null, Channel.HANDWRITTEN_NOTE, false, true, null);
    }

    // Thursday 19 Nov 2026 10:00-11:00 Tokyo = 02:00-03:00 Berlin, where the candidate lives.
    private static Fixtures.Interview tokyoMorning() {
        return Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO);
    }

    @Test
    void r12_noteThatWouldArriveOnDecisionDayBecomesAnEmailNow() {
        // A note posted Thursday 19 Nov arrives Friday 20 Nov, the decision day: email at 11:00 Tokyo instead.
        Plan plan = plan(tokyoMorning().decision("2026-11-20").interviewers(noteLover("avery@northwind.example")));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.rule()).isEqualTo("R12");
        assertThat(thanks.channel()).isEqualTo(Channel.EMAIL);
        assertThat(thanks.key()).isEqualTo("THANK_YOU/iv-avery/EMAIL");
        assertThat(local(thanks.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-19T11:00"));
        assertThat(thanks.reason()).contains("Friday 20 November");
    }

    @Test
    void r12_decisionDayAfterArrivalKeepsTheNote() {
        // Posted Thursday, arrives Friday, decision Monday 23 Nov: the note is in time.
        Plan plan = plan(tokyoMorning().decision("2026-11-23").interviewers(noteLover("avery@northwind.example")));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.rule()).isEqualTo("R14");
        assertThat(thanks.channel()).isEqualTo(Channel.HANDWRITTEN_NOTE);
    }

    @Test
    void r12_withoutEmailTheNoteStaysWithAWarning() {
        Plan plan = plan(tokyoMorning().decision("2026-11-20").interviewers(noteLover(null)));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.channel()).isEqualTo(Channel.HANDWRITTEN_NOTE);
        assertThat(thanks.reason()).contains("after the decision");
    }

    @Test
    void r14_handwrittenNoteReminderTheSameDayAtTheCandidatesWakingTime() {
        // Ends 03:00 Berlin: the candidate gets the draft when their night ends, Thursday 19 Nov 08:00 Berlin.
        Plan plan = plan(tokyoMorning().interviewers(noteLover("avery@northwind.example")));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.rule()).isEqualTo("R14");
        assertThat(thanks.key()).isEqualTo("THANK_YOU/iv-avery/HANDWRITTEN_NOTE");
        assertThat(thanks.recipient().timeZone()).isEqualTo(BERLIN);
        assertThat(local(thanks.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-11-19T08:00"));
        assertThat(thanks.reason()).contains("express mail");
    }

    @Test
    void r14_lateEveningInterviewInAucklandGetsTheReminderNextMorning() {
        // Auckland is on NZDT (UTC+13) in November. Ends Thursday 19 Nov 21:30, inside the night: Friday 08:00.
        Fixtures.Interview i = Fixtures.Interview.startingAt("2026-11-19T20:30", AUCKLAND).companyZone(AUCKLAND)
                .candidateZone(AUCKLAND).interviewers(noteLover(null));
        Plan plan = plan(i);

        assertThat(local(only(plan, FollowUpKind.THANK_YOU).dueAt(), AUCKLAND))
                .isEqualTo(LocalDateTime.parse("2026-11-20T08:00"));
    }

    @Test
    void r14_afternoonInterviewReminderRightAway() {
        // Kolkata (UTC+05:30), ends Wednesday 18 Nov 15:30 local, awake: due at once.
        Fixtures.Interview i = Fixtures.Interview.startingAt("2026-11-18T14:30", KOLKATA).companyZone(KOLKATA)
                .candidateZone(KOLKATA).interviewers(noteLover(null));

        assertThat(local(only(plan(i), FollowUpKind.THANK_YOU).dueAt(), KOLKATA))
                .isEqualTo(LocalDateTime.parse("2026-11-18T15:30"));
    }

    @Test
    void r15_keepSearchingRightAfterTheInterview() {
        Fixtures.Interview i = Fixtures.Interview.startingAt("2026-11-18T13:30", KOLKATA).candidateZone(KOLKATA);
        PlannedFollowUp nudge = only(plan(i), FollowUpKind.KEEP_SEARCHING);

        assertThat(nudge.key()).isEqualTo("KEEP_SEARCHING/candidate");
        assertThat(nudge.rule()).isEqualTo("R15");
        assertThat(nudge.recipient().name()).isEqualTo("Rowan Tester");
        assertThat(local(nudge.dueAt(), KOLKATA)).isEqualTo(LocalDateTime.parse("2026-11-18T14:30"));
    }

    @Test
    void r15_moveOnTwoWeeksAfterTheLastPlannedTouch() {
        // Last touch: the check of Tuesday 1 Dec 09:00 Tokyo = 01:00 Berlin. 14 days later is 15 Dec 01:00 Berlin,
        // the candidate's night, so 08:00 Berlin.
        Plan plan = plan(tokyoMorning().decision("2026-11-26"));

        PlannedFollowUp moveOn = only(plan, FollowUpKind.MOVE_ON);
        assertThat(moveOn.key()).isEqualTo("MOVE_ON/candidate");
        assertThat(local(moveOn.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-12-15T08:00"));
    }

    @Test
    void r15_oneAndDoneMovesOnTwoWeeksAfterTheThanks() {
        // Thank-you Thursday 19 Nov 11:00 Tokyo = 03:00 Berlin; +14 days is 3 Dec 03:00 Berlin -> 08:00.
        Plan plan = plan(tokyoMorning().policy(Policy.ONE_AND_DONE));

        assertThat(local(only(plan, FollowUpKind.MOVE_ON).dueAt(), BERLIN))
                .isEqualTo(LocalDateTime.parse("2026-12-03T08:00"));
    }

    @Test
    void r15_noMoveOnOnceTheEmployerAnswered() {
        Plan plan = plan(tokyoMorning(), Fixtures.outcome(OutcomeType.OFFER, at("2026-11-24T10:00", TOKYO)));

        assertThat(all(plan, FollowUpKind.MOVE_ON)).isEmpty();
        assertThat(plan.followUps()).noneMatch(f -> f.kind() == FollowUpKind.MOVE_ON);
    }
}
