package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.BERLIN;
import static dev.tactful.etiquette.Fixtures.KOLKATA;
import static dev.tactful.etiquette.Fixtures.NEW_YORK;
import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static dev.tactful.etiquette.Fixtures.interviewer;
import static dev.tactful.etiquette.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class ThankYouScenarioTest extends ScenarioSupport {

    @Test
    void r1_thankYouRightAfterInterviewWhenInsideBusinessHours() {
        // Thursday 19 Nov 2026, 10:00-11:00 Tokyo; Avery sits in Tokyo (company zone). 11:00 Thursday is already a
        // business moment, so the thank-you is due the minute the interview ends.
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(local(thanks.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-19T11:00"));
        assertThat(thanks.key()).isEqualTo("THANK_YOU/iv-avery/EMAIL");
        assertThat(thanks.rule()).isEqualTo("R1");
        assertThat(thanks.channel()).isEqualTo(Channel.EMAIL);
        assertThat(thanks.recipient().timeZone()).isEqualTo(TOKYO);
        assertThat(thanks.reason()).contains("Avery Stone").contains("Thursday 19 November 11:00 Tokyo time")
                .doesNotContain("@");
    }

    @Test
    void r1_thankYouWithin24hInRecipientBusinessHours() {
        // Ends Thursday 18:00 Tokyo, after business hours; the next business moment, Friday 09:00 Tokyo, is 15 h
        // later, inside the 24 hours.
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-19T17:00", TOKYO));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(local(thanks.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-20T09:00"));
        assertThat(thanks.reason()).contains("within a day").contains("Friday 20 November 09:00 Tokyo time");
    }

    @Test
    void r1_thankYouAfterWeekendWhen24hHoldNoWindow() {
        // Ends Friday 20 Nov 18:00 New York; the following 24 h are Friday night and Saturday: no window, so the
        // first window after them, Monday 23 Nov 09:00 New York.
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-20T17:00", NEW_YORK).companyZone(NEW_YORK));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(local(thanks.dueAt(), NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-11-23T09:00"));
        assertThat(thanks.reason()).contains("24 hours after the interview hold none");
    }

    @Test
    void r1_eachInterviewerThankedIndividuallyInTheirOwnZone() {
        // Ends Thursday 19 Nov 16:00 Tokyo = 07:00 UTC = 12:30 Kolkata (inside) = 02:00 New York (Thursday night).
        Interviewer avery = interviewer("iv-avery", "Avery Stone", true);
        Interviewer priya = new Interviewer("iv-priya", "Priya Rao", "Architect", "priya@northwind.example", null,
                Channel.EMAIL, false, false, KOLKATA);
        Interviewer sam = new Interviewer("iv-sam", "Sam Lee", "Director", "sam@northwind.example", null,
                Channel.EMAIL, false, false, NEW_YORK);
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-19T15:00", TOKYO).interviewers(avery, priya, sam));

        assertThat(all(plan, FollowUpKind.THANK_YOU)).hasSize(3)
                .extracting(PlannedFollowUp::key)
                .containsExactlyInAnyOrder("THANK_YOU/iv-avery/EMAIL", "THANK_YOU/iv-priya/EMAIL", "THANK_YOU/iv-sam/EMAIL");
        assertThat(local(byKey(plan, "THANK_YOU/iv-avery/EMAIL").dueAt(), TOKYO))
                .isEqualTo(LocalDateTime.parse("2026-11-19T16:00"));
        assertThat(local(byKey(plan, "THANK_YOU/iv-priya/EMAIL").dueAt(), KOLKATA))
                .isEqualTo(LocalDateTime.parse("2026-11-19T12:30"));
        // New York wakes to Thursday 09:00 local = 14:00 UTC, seven hours after the end.
        assertThat(local(byKey(plan, "THANK_YOU/iv-sam/EMAIL").dueAt(), NEW_YORK))
                .isEqualTo(LocalDateTime.parse("2026-11-19T09:00"));
    }

    @Test
    void r1_loggedLateIsDueAtFirstBusinessMomentAfterLogging() {
        // Ended Monday 16 Nov 11:00 Berlin but only logged Wednesday 18 Nov 07:30 Berlin: due at 09:00 that day.
        Fixtures.Interview i = Fixtures.Interview.startingAt("2026-11-16T10:00", BERLIN).companyZone(BERLIN)
                .loggedAt(at("2026-11-18T07:30", BERLIN));
        Plan plan = plan(i);

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(local(thanks.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-11-18T09:00"));
        assertThat(thanks.reason()).contains("logged");
    }

    @Test
    void r1_replanningLaterGivesTheSameDueTimes() {
        Fixtures.Interview i = Fixtures.Interview.startingAt("2026-11-19T17:00", TOKYO);
        Plan first = plan(i);
        Plan later = planAt(i, at("2026-11-25T12:00", TOKYO));
        assertThat(later).isEqualTo(first);
    }

    @Test
    void r11_daylightSavingStartInNewYorkUsesTheNewOffset() {
        // Berlin interview ends Friday 6 Mar 2026 23:00 CET = 22:00 UTC = 17:00 EST: New York's window just closed.
        // The next is Monday 9 Mar 09:00, after the 8 Mar switch to EDT (UTC-4), i.e. 13:00 UTC, not 14:00 UTC.
        Interviewer sam = new Interviewer("iv-sam", "Sam Lee", "Director", "sam@northwind.example", null,
                Channel.EMAIL, false, true, NEW_YORK);
        Plan plan = plan(Fixtures.Interview.startingAt("2026-03-06T22:00", BERLIN).companyZone(BERLIN).interviewers(sam));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.dueAt()).isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
        assertThat(local(thanks.dueAt(), NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-03-09T09:00"));
    }

    @Test
    void r11_daylightSavingEndInBerlinWhileNewYorkStillOnSummerTime() {
        // 26-30 Oct 2026: Berlin is back on CET (UTC+1) since 25 Oct, New York still on EDT (UTC-4) until 1 Nov, so
        // they are 5 h apart. Interview ends Tuesday 27 Oct 14:30 New York = 18:30 UTC = 19:30 Berlin: Berlin's
        // window is closed; Wednesday 28 Oct 09:00 CET = 08:00 UTC.
        Interviewer lena = new Interviewer("iv-lena", "Lena Vogel", "Lead", "lena@northwind.example", null,
                Channel.EMAIL, false, true, BERLIN);
        Plan plan = plan(Fixtures.Interview.startingAt("2026-10-27T13:30", NEW_YORK).companyZone(NEW_YORK)
                .interviewers(lena));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.dueAt()).isEqualTo(Instant.parse("2026-10-28T08:00:00Z"));
        assertThat(local(thanks.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-10-28T09:00"));
    }

    @Test
    void r11_candidateRemindersAvoidTheNight() {
        // Tokyo interview ends Thursday 19 Nov 11:00 Tokyo = 03:00 Berlin: the candidate (Berlin) sleeps until 08:00.
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO));

        PlannedFollowUp nudge = only(plan, FollowUpKind.KEEP_SEARCHING);
        assertThat(local(nudge.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-11-19T08:00"));
        assertThat(nudge.recipient().interviewerId()).isNull();
        assertThat(nudge.recipient().timeZone()).isEqualTo(BERLIN);
    }
}
