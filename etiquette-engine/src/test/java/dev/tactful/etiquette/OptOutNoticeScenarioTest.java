package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.BERLIN;
import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static dev.tactful.etiquette.Fixtures.interviewer;
import static dev.tactful.etiquette.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R3 seen from the candidate: an interviewer who opted out through the link is no longer followed up, and the candidate hears of it once. */
class OptOutNoticeScenarioTest extends ScenarioSupport {

    /** Monday 23 November 2026, 18:20:30 in Tokyo, 10:20:30 in Berlin (the candidate's zone). */
    private static final Instant OPTED_OUT = at("2026-11-23T18:20:30", TOKYO);

    private static Interviewer blake(boolean asked, Instant optedOutAt) {
        return new Interviewer("iv-blake", "Blake Moss", "Engineer", "iv-blake@northwind.example", null, Channel.EMAIL,
                asked, false, null, optedOutAt);
    }

    /** Thursday 19 November 2026, 10:00 Tokyo; the revision that records the opt-out is logged at that moment. */
    private static Fixtures.Interview interview(Interviewer blake, Instant loggedAt) {
        return Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO)
                .interviewers(interviewer("iv-avery", "Avery Stone", true), blake).loggedAt(loggedAt);
    }

    @Test
    void anOptOutThroughTheLinkCancelsTheirMessagesAndPlansOneNoticeToTheCandidate() {
        Plan plan = plan(interview(blake(true, OPTED_OUT), OPTED_OUT));

        assertThat(plan.followUps()).noneMatch(f -> "iv-blake".equals(f.recipient().interviewerId()));
        assertThat(suppressions(plan, "R3")).singleElement()
                .satisfies(s -> assertThat(s.recipient().interviewerId()).isEqualTo("iv-blake"));
        PlannedFollowUp notice = only(plan, FollowUpKind.OPTED_OUT_NOTICE);
        assertThat(notice.key()).isEqualTo("OPTED_OUT_NOTICE/iv-blake");
        assertThat(notice.rule()).isEqualTo("R3");
        assertThat(notice.channel()).isEqualTo(Channel.EMAIL);
        assertThat(notice.recipient().interviewerId()).isNull();
        assertThat(notice.recipient().email()).isEqualTo("rowan@example.org");
        // at the opt-out, rounded up to the minute: 10:20:30 in Berlin is inside the candidate's waking hours
        assertThat(local(notice.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-11-23T10:21"));
        assertThat(notice.reason()).contains("Blake Moss", "not to be followed up", "cancelled", "Monday 23 November")
                .doesNotContain("iv-blake@northwind.example");
    }

    @Test
    void rePlanningNeverMovesNorRepeatsTheNotice() {
        Plan first = plan(interview(blake(true, OPTED_OUT), OPTED_OUT));
        Plan again = plan(interview(blake(true, OPTED_OUT), OPTED_OUT));
        assertThat(again).isEqualTo(first);

        // A later revision (logged days after), a later now and an answer from the employer leave it as it was.
        Instant later = at("2026-11-27T09:00", TOKYO);
        Plan afterMore = planAt(interview(blake(true, OPTED_OUT), later), later.plusSeconds(3600),
                Fixtures.outcome(OutcomeType.REPLY_RECEIVED, later.plusSeconds(600)));
        assertThat(all(afterMore, FollowUpKind.OPTED_OUT_NOTICE)).singleElement()
                .isEqualTo(only(first, FollowUpKind.OPTED_OUT_NOTICE));
    }

    @Test
    void anOptOutAtTheCandidatesNightWaitsForTheirMorning() {
        Instant night = at("2026-11-23T22:40", BERLIN);
        PlannedFollowUp notice = only(plan(interview(blake(true, night), night)), FollowUpKind.OPTED_OUT_NOTICE);

        assertThat(local(notice.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-11-24T08:00"));
    }

    @Test
    void aDoNotContactTheCandidateSetByHandTellsThemNothing() {
        Plan manual = plan(interview(blake(true, null), OPTED_OUT));

        assertThat(all(manual, FollowUpKind.OPTED_OUT_NOTICE)).isEmpty();
        assertThat(suppressions(manual, "R3")).hasSize(1);
    }

    @Test
    void whenTheCandidateClearsTheWishTheNoticeLeavesThePlan() {
        Plan cleared = plan(interview(blake(false, OPTED_OUT), OPTED_OUT));

        assertThat(all(cleared, FollowUpKind.OPTED_OUT_NOTICE)).isEmpty();
        assertThat(suppressions(cleared, "R3")).isEmpty();
    }

    @Test
    void eachInterviewerWhoOptedOutGetsTheirOwnNotice() {
        Interviewer avery = new Interviewer("iv-avery", "Avery Stone", "Lead", "iv-avery@northwind.example", null,
                Channel.EMAIL, true, true, null, OPTED_OUT.plusSeconds(7200));
        Plan plan = plan(Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO)
                .interviewers(avery, blake(true, OPTED_OUT)).loggedAt(OPTED_OUT.plusSeconds(7200)));

        assertThat(all(plan, FollowUpKind.OPTED_OUT_NOTICE)).extracting(PlannedFollowUp::key)
                .containsExactlyInAnyOrder("OPTED_OUT_NOTICE/iv-avery", "OPTED_OUT_NOTICE/iv-blake");
        assertThat(plan.followUps()).noneMatch(f -> f.kind().employerFacing());
    }
}
