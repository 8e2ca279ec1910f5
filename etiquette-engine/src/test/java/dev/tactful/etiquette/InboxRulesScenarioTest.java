package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.BERLIN;
import static dev.tactful.etiquette.Fixtures.NEW_YORK;
import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static dev.tactful.etiquette.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R17 (away until) and R18 (bounced address): what the candidate's mailbox says changes the plan. */
class InboxRulesScenarioTest extends ScenarioSupport {

    /** Thursday 19 November 2026, 17:00 Tokyo; the thank-you falls on Friday 20 November 09:00 and the status check on Monday 30 November 09:00 Tokyo (R1, R6). */
    private static Fixtures.Interview interview() {
        return Fixtures.Interview.startingAt("2026-11-19T16:00", TOKYO);
    }

    private Plan planWith(Fixtures.Interview recipe, InboxFact... facts) {
        Interview logged = recipe.build();
        return engine.plan(logged, List.of(), logged.loggedAt(), List.of(), List.of(facts));
    }

    private static InboxFact away(String address, String back, Instant at) {
        return new InboxFact(InboxFact.Type.OUT_OF_OFFICE, address, back == null ? null : LocalDate.parse(back), at, null);
    }

    private static InboxFact bounce(String address, Instant at) {
        return new InboxFact(InboxFact.Type.BOUNCE, address, null, at, "5.1.1");
    }

    @Test
    void awayUntilMovesTheCheckToTheBusinessDayAfterTheReturnInTheirOwnZone() {
        Plan before = planWith(interview());
        PlannedFollowUp check = only(before, FollowUpKind.STATUS_CHECK);
        Instant answeredAt = at("2026-11-23T10:00", TOKYO);

        // Back on Thursday 3 December: one business day later is Friday 4 December, 09:00 in Tokyo.
        Plan after = planWith(interview(), away("IV-AVERY@northwind.example", "2026-12-03", answeredAt));

        PlannedFollowUp moved = only(after, FollowUpKind.STATUS_CHECK);
        assertThat(moved.key()).isEqualTo(check.key());
        assertThat(local(moved.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-12-04T09:00"));
        assertThat(moved.rule()).isEqualTo("R17");
        assertThat(moved.reason()).contains("Avery Stone", "away until Thursday 3 December", "Nothing is cancelled");
        assertThat(after.followUps()).extracting(PlannedFollowUp::key)
                .containsExactlyInAnyOrderElementsOf(before.followUps().stream().map(PlannedFollowUp::key).toList());
        assertThat(after.suppressions()).isEqualTo(before.suppressions());
    }

    @Test
    void aReturnOnAFridayWaitsForMondayAndTheMoveOnNoteFollowsTheMovedCheck() {
        Plan after = planWith(interview(), away("iv-avery@northwind.example", "2026-12-11", at("2026-11-23T10:00", TOKYO)));

        assertThat(local(only(after, FollowUpKind.STATUS_CHECK).dueAt(), TOKYO))
                .isEqualTo(LocalDateTime.parse("2026-12-14T09:00"));
        assertThat(only(after, FollowUpKind.MOVE_ON).dueAt())
                .isAfterOrEqualTo(only(after, FollowUpKind.STATUS_CHECK).dueAt().plus(java.time.Duration.ofDays(14)));
    }

    @Test
    void awayWithoutADateChangesNothing() {
        assertThat(planWith(interview(), away("iv-avery@northwind.example", null, at("2026-11-23T10:00", TOKYO))))
                .isEqualTo(planWith(interview()));
    }

    @Test
    void awayAnswerOfSomeoneElseOrBeforeTheReturnHasPassedMovesNothingOfOthers() {
        Plan before = planWith(interview());
        // a return before the check is due: the check stays where it was
        assertThat(planWith(interview(), away("iv-avery@northwind.example", "2026-11-25", at("2026-11-23T10:00", TOKYO))))
                .isEqualTo(before);
        // an address nobody of the interview has
        assertThat(planWith(interview(), away("someone@else.example", "2026-12-20", at("2026-11-23T10:00", TOKYO))))
                .isEqualTo(before);
    }

    @Test
    void awayMovesAThankYouStillToComeAndKeepsTheWeekBeforeTheCheck() {
        // The answer arrives before the thank-you (say to an earlier mail); the person is back on 7 December (Monday).
        Fixtures.Interview recipe = interview().interviewers(
                new Interviewer("iv-avery", "Avery Stone", "Lead", "iv-avery@northwind.example", null, Channel.EMAIL, false,
                        true, NEW_YORK));
        Plan after = planWith(recipe, away("iv-avery@northwind.example", "2026-12-07", at("2026-11-19T18:00", TOKYO)));

        PlannedFollowUp thanks = only(after, FollowUpKind.THANK_YOU);
        PlannedFollowUp check = only(after, FollowUpKind.STATUS_CHECK);
        assertThat(local(thanks.dueAt(), NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-12-08T09:00"));
        assertThat(thanks.rule()).isEqualTo("R17");
        assertThat(java.time.Duration.between(thanks.dueAt(), check.dueAt())).isGreaterThanOrEqualTo(java.time.Duration.ofDays(7));
    }

    @Test
    void bounceCancelsWhatIsStillToComeAndAsksTheCandidateOnce() {
        Instant bouncedAt = at("2026-11-20T12:00", TOKYO);
        Plan after = planWith(interview(), bounce("iv-avery@northwind.example", bouncedAt));

        // the thank-you went out at 09:00, before the bounce came back (it is what bounced); nothing after it stays
        assertThat(after.followUps()).filteredOn(f -> f.kind().employerFacing())
                .extracting(PlannedFollowUp::kind).containsExactly(FollowUpKind.THANK_YOU);
        assertThat(suppressions(after, "R18")).extracting(Suppression::reason)
                .anySatisfy(r -> assertThat(r).startsWith("No status check to Avery Stone")
                        .contains("iv-avery@northwind.example", "undeliverable", "5.1.1"));
        PlannedFollowUp notice = only(after, FollowUpKind.ADDRESS_BOUNCED);
        assertThat(notice.key()).isEqualTo("ADDRESS_BOUNCED/iv-avery@northwind.example");
        assertThat(notice.recipient().interviewerId()).isNull();
        assertThat(notice.recipient().email()).isEqualTo("rowan@example.org");
        assertThat(notice.rule()).isEqualTo("R18");
        assertThat(notice.reason()).contains("Avery Stone", "corrected address");
        assertThat(local(notice.dueAt(), BERLIN)).isEqualTo(LocalDateTime.parse("2026-11-20T08:00"));
        // the candidate's reminders stay
        assertThat(all(after, FollowUpKind.KEEP_SEARCHING)).hasSize(1);
    }

    @Test
    void aSecondBounceOfTheSameAddressPlansNothingNew() {
        Instant first = at("2026-11-20T12:00", TOKYO);
        Plan once = planWith(interview(), bounce("iv-avery@northwind.example", first));
        Plan twice = planWith(interview(), bounce("iv-avery@northwind.example", first),
                bounce("IV-Avery@Northwind.example", first.plusSeconds(3600)));

        assertThat(twice.followUps()).isEqualTo(once.followUps());
        assertThat(all(twice, FollowUpKind.ADDRESS_BOUNCED)).hasSize(1);
    }

    @Test
    void aCorrectedAddressBringsThePlanBackAndDropsTheNotice() {
        Fixtures.Interview corrected = interview().interviewers(
                new Interviewer("iv-avery", "Avery Stone", "Engineer", "avery.stone@northwind.example", null,
                        Channel.EMAIL, false, true, null));
        Plan plan = planWith(corrected, bounce("iv-avery@northwind.example", at("2026-11-20T12:00", TOKYO)));

        assertThat(all(plan, FollowUpKind.ADDRESS_BOUNCED)).isEmpty();
        assertThat(suppressions(plan, "R18")).isEmpty();
        assertThat(all(plan, FollowUpKind.STATUS_CHECK)).hasSize(1);
    }

    @Test
    void messagesSentBeforeTheBounceArrivedAreNotTouched() {
        Plan before = planWith(interview());
        PlannedFollowUp thanks = only(before, FollowUpKind.THANK_YOU);
        Plan after = planWith(interview(), bounce("iv-avery@northwind.example", thanks.dueAt().plusSeconds(60)));

        assertThat(after.followUps()).contains(thanks);
        assertThat(all(after, FollowUpKind.STATUS_CHECK)).isEmpty();
    }

    @Test
    void theCatalogueExplainsBothRules() {
        assertThat(Rules.byId("R17").orElseThrow().summary()).contains("away", "no date changes nothing");
        assertThat(Rules.byId("R18").orElseThrow().summary()).contains("undeliverable", "corrected address");
    }
}
