package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.BERLIN;
import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static dev.tactful.etiquette.Fixtures.interviewer;
import static dev.tactful.etiquette.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

/** R6 decision timeframe, R7 touch limits, R10 LinkedIn, R13 promises. */
class CheckRulesScenarioTest extends ScenarioSupport {

    // Thursday 19 Nov 2026 10:00-11:00 Tokyo; the thank-you to Avery (Tokyo) goes at 11:00 Thursday.
    private static Fixtures.Interview tokyoMorning() {
        return Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO);
    }

    private static Interviewer averyWithLinkedin() {
        return new Interviewer("iv-avery", "Avery Stone", "EM", "avery@northwind.example",
                "https://www.linkedin.com/in/avery", Channel.EMAIL, false, true, null);
    }

    @Test
    void r6_checkThreeBusinessDaysAfterTheDecisionDate() {
        // Decision by Thursday 26 Nov; business days after it: Fri 27 (1), Mon 30 (2), Tue 1 Dec (3) -> 09:00 Tokyo.
        Plan plan = plan(tokyoMorning().decision("2026-11-26"));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(check.key()).isEqualTo("STATUS_CHECK/1/iv-avery");
        assertThat(check.rule()).isEqualTo("R6");
        assertThat(check.channel()).isEqualTo(Channel.EMAIL);
        assertThat(local(check.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-12-01T09:00"));
    }

    @Test
    void r6_withoutDecisionDateCheckTenDaysAfterTheInterview() {
        // Ends Thursday 19 Nov 11:00 Tokyo; ten days later is Sunday 29 Nov 11:00, so Monday 30 Nov 09:00.
        Plan plan = plan(tokyoMorning());

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(local(check.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-30T09:00"));
        assertThat(check.reason()).contains("No decision date");
    }

    @Test
    void r6_tenDaysAcrossBerlinDaylightSavingStartKeepsTheLocalTime() {
        // Ends Friday 20 Mar 2026 11:00 CET; Berlin moves to CEST on 29 Mar. Ten days later is Monday 30 Mar 11:00
        // local (09:00 UTC), not 12:00 local as adding 240 hours would give.
        Plan plan = plan(Fixtures.Interview.startingAt("2026-03-20T10:00", BERLIN).companyZone(BERLIN));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(local(check.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-03-30T11:00"));
        assertThat(check.dueAt()).isEqualTo(java.time.Instant.parse("2026-03-30T09:00:00Z"));
    }

    @Test
    void r7_statusChecksGoToThePrimaryContactOnly() {
        Plan plan = plan(tokyoMorning().decision("2026-11-26").interviewers(interviewer("iv-blake", "Blake Moss", false),
                interviewer("iv-avery", "Avery Stone", true), interviewer("iv-cy", "Cy Park", false)));

        assertThat(all(plan, FollowUpKind.THANK_YOU)).hasSize(3);
        assertThat(only(plan, FollowUpKind.STATUS_CHECK).recipient().interviewerId()).isEqualTo("iv-avery");
    }

    @Test
    void r7_oneAndDoneOnlyThanks() {
        Plan plan = plan(tokyoMorning().decision("2026-11-26").policy(Policy.ONE_AND_DONE)
                .interviewers(averyWithLinkedin(), interviewer("iv-blake", "Blake Moss", false)));

        assertThat(plan.followUps()).filteredOn(f -> f.kind().employerFacing())
                .extracting(PlannedFollowUp::kind).containsOnly(FollowUpKind.THANK_YOU).hasSize(2);
    }

    @Test
    void r7_checkMovedToKeepAWeekAfterTheThankYou() {
        // Decision Friday 20 Nov -> check Wednesday 25 Nov 09:00 Tokyo, only 5 days 22 h after the 11:00 Thursday
        // email thank-you; pushed to a week after it, Thursday 26 Nov 11:00 Tokyo.
        Plan plan = plan(tokyoMorning().decision("2026-11-20"));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(local(check.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-26T11:00"));
        assertThat(check.reason()).contains("R7").contains("Wednesday 25 November 09:00");
    }

    @Test
    void r7_persistentSecondCheckAWeekLaterByPhone() {
        Plan plan = plan(tokyoMorning().decision("2026-11-26").policy(Policy.PERSISTENT));

        PlannedFollowUp second = byKey(plan, "STATUS_CHECK/2/iv-avery");
        assertThat(second.rule()).isEqualTo("R7");
        assertThat(second.channel()).isEqualTo(Channel.PHONE);
        assertThat(local(second.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-12-08T09:00"));
    }

    @Test
    void r7_capOfThreeMessagesDropsTheCloseAfterTwoChecks() {
        // PERSISTENT: thank-you (19 Nov), check (1 Dec), phone check (8 Dec); rejected Thursday 10 Dec. A close would
        // be Avery's fourth message.
        Plan plan = plan(tokyoMorning().decision("2026-11-26").policy(Policy.PERSISTENT).interviewers(averyWithLinkedin()),
                Fixtures.outcome(OutcomeType.REJECTED, at("2026-12-10T12:00", TOKYO)));

        assertThat(all(plan, FollowUpKind.GRACIOUS_CLOSE)).isEmpty();
        assertThat(suppressions(plan, "R7")).anySatisfy(s -> assertThat(s.reason()).contains("No closing thank-you to Avery"));
        assertThat(plan.followUps()).filteredOn(f -> f.kind().employerFacing()).hasSize(3);
    }

    @Test
    void r7_noPrimaryAmongSeveralMeansNoCheck() {
        Plan plan = plan(tokyoMorning().interviewers(interviewer("iv-a", "Ann", false), interviewer("iv-b", "Bo", false)));

        assertThat(all(plan, FollowUpKind.STATUS_CHECK)).isEmpty();
        assertThat(suppressions(plan, "R7")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("primary contact"));
    }

    @Test
    void r10_persistentLinkedinRequestAWeekAfterTheLastCheck() {
        // Checks on Tue 1 Dec (email) and Tue 8 Dec (phone) go unanswered; a week later, Tue 15 Dec 09:00 Tokyo.
        Plan plan = plan(tokyoMorning().decision("2026-11-26").policy(Policy.PERSISTENT).interviewers(averyWithLinkedin()));

        PlannedFollowUp connect = only(plan, FollowUpKind.LINKEDIN_CONNECT);
        assertThat(connect.key()).isEqualTo("LINKEDIN_CONNECT/iv-avery");
        assertThat(connect.rule()).isEqualTo("R10");
        assertThat(connect.channel()).isEqualTo(Channel.LINKEDIN);
        assertThat(local(connect.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-12-15T09:00"));
    }

    @Test
    void r10_noProfileOrNotPersistentMeansNoRequest() {
        Plan noProfile = plan(tokyoMorning().decision("2026-11-26").policy(Policy.PERSISTENT));
        assertThat(all(noProfile, FollowUpKind.LINKEDIN_CONNECT)).isEmpty();
        assertThat(suppressions(noProfile, "R10")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("no LinkedIn profile"));

        Plan standard = plan(tokyoMorning().decision("2026-11-26").interviewers(averyWithLinkedin()));
        assertThat(all(standard, FollowUpKind.LINKEDIN_CONNECT)).isEmpty();
    }

    @Test
    void r13_promiseReplacesTheDefaultCheckOnItsChannelAndDate() {
        // Promised a call by Friday 27 Nov: due when business hours open that day, 09:00 Tokyo, by phone.
        Plan plan = plan(tokyoMorning().decision("2026-11-26").promise(Channel.PHONE, "2026-11-27"));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(check.rule()).isEqualTo("R13");
        assertThat(check.key()).isEqualTo("STATUS_CHECK/1/iv-avery");
        assertThat(check.channel()).isEqualTo(Channel.PHONE);
        assertThat(local(check.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-27T09:00"));
    }

    @Test
    void r13_promiseForASundayIsKeptOnTheFridayBefore() {
        Plan plan = plan(tokyoMorning().promise(Channel.EMAIL, "2026-11-29"));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(local(check.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-27T09:00"));
    }

    @Test
    void r13_promiseIsNotPushedBackByTheWeeklySpacing() {
        // Promised an email by Monday 23 Nov, four days after the email thank-you: the agreed date wins.
        Plan plan = plan(tokyoMorning().promise(Channel.EMAIL, "2026-11-23"));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(local(check.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-23T09:00"));
        assertThat(Duration.between(only(plan, FollowUpKind.THANK_YOU).dueAt(), check.dueAt()))
                .isLessThan(Duration.ofDays(7));
    }

    @Test
    void r13_persistentSecondCheckFollowsThePromiseOnAnotherChannel() {
        Plan plan = plan(tokyoMorning().policy(Policy.PERSISTENT).promise(Channel.PHONE, "2026-11-27"));

        PlannedFollowUp second = byKey(plan, "STATUS_CHECK/2/iv-avery");
        assertThat(second.channel()).isEqualTo(Channel.EMAIL);
        assertThat(local(second.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-12-04T09:00"));
    }

    @Test
    void r7_aWeekBetweenMessagesToOnePersonHoldsAcrossTheCandidatesInterviews() {
        // Check due Tuesday 1 Dec 09:00 Tokyo (see r6_checkThreeBusinessDaysAfterTheDecisionDate). Another interview
        // of the candidate has an email to the same person, under another interviewer id and in other letter case,
        // on Monday 30 Nov 10:00 Tokyo: the check waits a week after it.
        Fixtures.Interview interview = tokyoMorning().decision("2026-11-26");
        dev.tactful.etiquette.Interview logged = interview.build();
        Recipient sameAddressElsewhere = new Recipient("iv-other-interview", "Avery Stone", "EM", "IV-Avery@northwind.example", TOKYO);
        Touch elsewhere = new Touch(FollowUpKind.STATUS_CHECK, sameAddressElsewhere, Channel.EMAIL, at("2026-11-30T10:00", TOKYO));

        Plan plan = engine.plan(logged, java.util.List.of(), logged.loggedAt(), java.util.List.of(elsewhere));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(local(check.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-12-07T10:00"));
        assertThat(check.reason()).contains("R7", "your other interviews");
        // Only the spacing moves: the thank-you is the same as without the other interview.
        assertThat(only(plan, FollowUpKind.THANK_YOU).dueAt()).isEqualTo(only(plan(interview), FollowUpKind.THANK_YOU).dueAt());
    }

    @Test
    void r7_anotherInterviewsMessageToSomeoneElseOrOnAnotherChannelChangesNothing() {
        Fixtures.Interview interview = tokyoMorning().decision("2026-11-26");
        dev.tactful.etiquette.Interview logged = interview.build();
        Touch otherPerson = new Touch(FollowUpKind.STATUS_CHECK,
                new Recipient("iv-x", "Sam Ito", "Eng", "sam@northwind.example", TOKYO), Channel.EMAIL, at("2026-11-30T10:00", TOKYO));
        Touch otherChannel = new Touch(FollowUpKind.STATUS_CHECK,
                new Recipient("iv-y", "Avery Stone", "EM", "iv-avery@northwind.example", TOKYO), Channel.PHONE, at("2026-11-30T10:00", TOKYO));

        Plan plan = engine.plan(logged, java.util.List.of(), logged.loggedAt(), java.util.List.of(otherPerson, otherChannel));

        assertThat(only(plan, FollowUpKind.STATUS_CHECK).dueAt()).isEqualTo(only(plan(interview), FollowUpKind.STATUS_CHECK).dueAt());
    }
}
