package dev.tactful.etiquette;

import static dev.tactful.etiquette.Fixtures.TOKYO;
import static dev.tactful.etiquette.Fixtures.at;
import static dev.tactful.etiquette.Fixtures.interviewer;
import static dev.tactful.etiquette.Fixtures.local;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R2 personal detail, R3 opt-outs, R4 channels, R5 agencies, R16 (content, notifier's job). */
class ContactRulesScenarioTest extends ScenarioSupport {

    // Thursday 19 Nov 2026 10:00-11:00 Tokyo; the primary contact Avery sits in Tokyo.
    private static Fixtures.Interview tokyoMorning() {
        return Fixtures.Interview.startingAt("2026-11-19T10:00", TOKYO);
    }

    private static Interviewer optedOut(String id, String name, boolean primary) {
        return new Interviewer(id, name, "Engineer", id + "@northwind.example", null, Channel.EMAIL, true, primary, null);
    }

    @Test
    void r2_noRecordedDetailFlagsThePlan() {
        Plan plan = plan(tokyoMorning().noDetails());

        assertThat(plan.flags()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("R2");
            assertThat(f.reason()).contains("held");
        });
        // The thank-you is still planned; the notifier holds it until a detail is added.
        assertThat(all(plan, FollowUpKind.THANK_YOU)).hasSize(1);
    }

    @Test
    void r2_blankDetailsDoNotCountButOneRealDetailDoes() {
        Fixtures.Interview blank = tokyoMorning().noDetails();
        blank.topics = List.of("  ");
        assertThat(plan(blank).flags()).extracting(Suppression::rule).containsExactly("R2");

        Fixtures.Interview oneConcern = tokyoMorning().noDetails();
        oneConcern.concerns = List.of("no Kubernetes certification");
        assertThat(plan(oneConcern).flags()).isEmpty();
    }

    @Test
    void r3_optedOutInterviewerGetsNothingOthersStillThanked() {
        Plan plan = plan(tokyoMorning().interviewers(interviewer("iv-avery", "Avery Stone", true),
                optedOut("iv-blake", "Blake Moss", false)));

        assertThat(plan.followUps()).noneMatch(f -> "iv-blake".equals(f.recipient().interviewerId()));
        assertThat(suppressions(plan, "R3")).singleElement().satisfies(s -> {
            assertThat(s.recipient().interviewerId()).isEqualTo("iv-blake");
            assertThat(s.reason()).contains("Blake Moss").contains("asked not to be followed up");
        });
        assertThat(byKey(plan, "THANK_YOU/iv-avery/EMAIL").rule()).isEqualTo("R1");
    }

    @Test
    void r3_optedOutPrimaryGetsNoThankYouNoCheckAndNoClose() {
        Fixtures.Interview i = tokyoMorning().decision("2026-11-26")
                .interviewers(optedOut("iv-avery", "Avery Stone", true), interviewer("iv-blake", "Blake Moss", false));
        Plan plan = plan(i, Fixtures.outcome(OutcomeType.REJECTED, at("2026-11-27T10:00", TOKYO)));

        assertThat(plan.followUps()).noneMatch(f -> "iv-avery".equals(f.recipient().interviewerId()));
        // Status checks go to nobody else (R7), so Blake only has the thank-you.
        assertThat(plan.followUps()).filteredOn(f -> f.kind().employerFacing())
                .extracting(PlannedFollowUp::key).containsExactly("THANK_YOU/iv-blake/EMAIL");
        assertThat(suppressions(plan, "R3")).hasSize(3)
                .allMatch(s -> "iv-avery".equals(s.recipient().interviewerId()));
    }

    @Test
    void r4_linkedinPreferenceFallsBackToWorkEmail() {
        Interviewer avery = new Interviewer("iv-avery", "Avery Stone", "EM", "avery@northwind.example",
                "https://www.linkedin.com/in/avery", Channel.LINKEDIN, false, true, null);
        Plan plan = plan(tokyoMorning().interviewers(avery));

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.channel()).isEqualTo(Channel.EMAIL);
        assertThat(thanks.key()).isEqualTo("THANK_YOU/iv-avery/EMAIL");
        assertThat(thanks.reason()).contains("R4").contains("LinkedIn");
        assertThat(plan.followUps()).noneMatch(f -> f.channel() == Channel.LINKEDIN);
    }

    @Test
    void r4_noWorkEmailAndNoOtherChannelIsSuppressed() {
        Interviewer blake = new Interviewer("iv-blake", "Blake Moss", "Engineer", null, null, Channel.EMAIL, false,
                false, null);
        Plan plan = plan(tokyoMorning().interviewers(interviewer("iv-avery", "Avery Stone", true), blake));

        assertThat(plan.followUps()).noneMatch(f -> "iv-blake".equals(f.recipient().interviewerId()));
        assertThat(suppressions(plan, "R4")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("Blake Moss").contains("no work email"));
    }

    @Test
    void r4_phonePreferenceIsHonouredForThankYouAndCheck() {
        Interviewer avery = new Interviewer("iv-avery", "Avery Stone", "EM", null, null, Channel.PHONE, false, true,
                null);
        Plan plan = plan(tokyoMorning().interviewers(avery).decision("2026-11-26"));

        assertThat(only(plan, FollowUpKind.THANK_YOU).channel()).isEqualTo(Channel.PHONE);
        assertThat(only(plan, FollowUpKind.STATUS_CHECK).channel()).isEqualTo(Channel.PHONE);
    }

    @Test
    void r5_agencyRequiringRoutingGetsOneThankYouCarryingEveryonesThanks() {
        Fixtures.Interview i = tokyoMorning()
                .interviewers(interviewer("iv-avery", "Avery Stone", true), interviewer("iv-blake", "Blake Moss", false))
                .agency(new Agency("Bridge Talent", "kim@bridge.example", true));
        Plan plan = plan(i);

        PlannedFollowUp thanks = only(plan, FollowUpKind.THANK_YOU);
        assertThat(thanks.key()).isEqualTo("THANK_YOU/agency/EMAIL");
        assertThat(thanks.rule()).isEqualTo("R5");
        assertThat(thanks.recipient().interviewerId()).isNull();
        assertThat(thanks.recipient().name()).isEqualTo("Bridge Talent");
        // The agency is in the company's zone: Thursday 11:00 Tokyo, right after the interview.
        assertThat(local(thanks.dueAt(), TOKYO)).isEqualTo(LocalDateTime.parse("2026-11-19T11:00"));
        assertThat(thanks.reason()).contains("Avery Stone and Blake Moss").contains("pass on").doesNotContain("@");
        assertThat(suppressions(plan, "R5")).extracting(s -> s.recipient().interviewerId())
                .containsExactlyInAnyOrder("iv-avery", "iv-blake");
    }

    @Test
    void r5_agencyNotRequiringRoutingIsBypassed() {
        Plan plan = plan(tokyoMorning().agency(new Agency("Bridge Talent", "kim@bridge.example", false)));

        assertThat(only(plan, FollowUpKind.THANK_YOU).recipient().interviewerId()).isEqualTo("iv-avery");
        assertThat(suppressions(plan, "R5")).singleElement()
                .satisfies(s -> assertThat(s.recipient().name()).isEqualTo("Bridge Talent"));
    }

    // R16 (write well) is enforced by the notifier on the rendered text. The engine's part: a status check after a
    // given decision date is planned relative to that date and its reason names it, so nothing has to ask for it.
    @Test
    void r16_checkAfterGivenDecisionDateIsAnchoredOnItNotAskingForATimeline() {
        Plan plan = plan(tokyoMorning().decision("2026-11-26"));

        PlannedFollowUp check = only(plan, FollowUpKind.STATUS_CHECK);
        assertThat(check.rule()).isEqualTo("R6");
        assertThat(check.reason()).contains("Thursday 26 November").doesNotContainIgnoringCase("just following up");
    }
}
