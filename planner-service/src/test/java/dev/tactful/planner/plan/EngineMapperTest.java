package dev.tactful.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.tactful.etiquette.EngineSettings;
import dev.tactful.etiquette.EtiquetteEngine;
import dev.tactful.etiquette.Interview;
import dev.tactful.etiquette.Outcome;
import dev.tactful.etiquette.Plan;
import dev.tactful.events.Agency;
import dev.tactful.events.Candidate;
import dev.tactful.events.Channel;
import dev.tactful.events.Company;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.FollowUpPromise;
import dev.tactful.events.InterviewFormat;
import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.Interviewer;
import dev.tactful.events.OutcomeType;
import dev.tactful.events.Policy;
import dev.tactful.events.Recipient;

class EngineMapperTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final Instant START = Instant.parse("2026-11-19T01:00:00Z");
    private static final UUID INTERVIEW = UUID.fromString("2c7e4d1a-9b3f-4e6a-8d21-5f0c3b7a9e14");

    private static InterviewLogged full() {
        return new InterviewLogged(INTERVIEW, "cand-1", 3,
                new Candidate("Rowan Tester", "rowan@example.org", BERLIN),
                new Company("Northwind", TOKYO), "Platform Engineer", START, START.plusSeconds(3600), InterviewFormat.VIDEO,
                List.of(new Interviewer("iv-avery", "Avery Stone", "Engineering Manager", "avery@northwind.example",
                                "https://www.linkedin.com/in/avery", Channel.HANDWRITTEN_NOTE, false, true, KOLKATA),
                        new Interviewer("iv-sam", "Sam Lee", null, null, null, null, true, false, null)),
                new Agency("Bridge Talent", "kim@bridge.example", true),
                LocalDate.of(2026, 11, 26), List.of("event streaming"), List.of("led the Kafka migration"),
                List.of("no Go yet"), new FollowUpPromise(Channel.PHONE, LocalDate.of(2026, 11, 24), "call Avery"),
                Policy.PERSISTENT, DeliveryMode.SEND_DIRECT, START.plusSeconds(7200));
    }

    @Test
    void everyFieldTheRulesReadIsCarriedOver() {
        Interview i = EngineMapper.toEngine(full());

        assertThat(i.candidate()).isEqualTo(new dev.tactful.etiquette.Candidate("Rowan Tester", "rowan@example.org", BERLIN));
        assertThat(i.company()).isEqualTo(new dev.tactful.etiquette.Company("Northwind", TOKYO));
        assertThat(i.interviewedAt()).isEqualTo(START);
        assertThat(i.endsAt()).isEqualTo(START.plusSeconds(3600));
        assertThat(i.loggedAt()).isEqualTo(START.plusSeconds(7200));
        assertThat(i.interviewers()).containsExactly(
                new dev.tactful.etiquette.Interviewer("iv-avery", "Avery Stone", "Engineering Manager",
                        "avery@northwind.example", "https://www.linkedin.com/in/avery",
                        dev.tactful.etiquette.Channel.HANDWRITTEN_NOTE, false, true, KOLKATA),
                new dev.tactful.etiquette.Interviewer("iv-sam", "Sam Lee", null, null, null, null, true, false, null));
        assertThat(i.agency()).isEqualTo(new dev.tactful.etiquette.Agency("Bridge Talent", "kim@bridge.example", true));
        assertThat(i.decisionExpectedBy()).isEqualTo(LocalDate.of(2026, 11, 26));
        assertThat(i.topicsDiscussed()).containsExactly("event streaming");
        assertThat(i.pointsToReinforce()).containsExactly("led the Kafka migration");
        assertThat(i.concernsToAddress()).containsExactly("no Go yet");
        assertThat(i.promise()).isEqualTo(new dev.tactful.etiquette.FollowUpPromise(
                dev.tactful.etiquette.Channel.PHONE, LocalDate.of(2026, 11, 24)));
        assertThat(i.policy()).isEqualTo(dev.tactful.etiquette.Policy.PERSISTENT);
    }

    @Test
    void absentOptionalPartsStayAbsent() {
        InterviewLogged sparse = new InterviewLogged(INTERVIEW, "cand-1", 1,
                new Candidate("Rowan Tester", null, null), null, null, START, null, null, null, null, null, null, null,
                null, new FollowUpPromise(null, null, null), Policy.ONE_AND_DONE, DeliveryMode.DRAFT_TO_CANDIDATE, null);

        Interview i = EngineMapper.toEngine(sparse);

        assertThat(i.company()).isNull();
        assertThat(i.agency()).isNull();
        assertThat(i.endsAt()).isNull();
        assertThat(i.loggedAt()).isNull();
        assertThat(i.decisionExpectedBy()).isNull();
        assertThat(i.interviewers()).isEmpty();
        assertThat(i.topicsDiscussed()).isEmpty();
        assertThat(i.promise()).isEqualTo(new dev.tactful.etiquette.FollowUpPromise(null, null));
        assertThat(i.policy()).isEqualTo(dev.tactful.etiquette.Policy.ONE_AND_DONE);
    }

    @Test
    void outcomesKeepIdTypeMomentAndNewDecisionDate() {
        UUID id = UUID.fromString("d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f70");
        InterviewOutcomeLogged e = new InterviewOutcomeLogged(INTERVIEW, "cand-1", id, OutcomeType.NEXT_ROUND_SCHEDULED,
                START.plusSeconds(86_400), "next week", LocalDate.of(2026, 12, 4), START.plusSeconds(90_000));

        assertThat(EngineMapper.toEngine(List.of(e))).containsExactly(new Outcome(id,
                dev.tactful.etiquette.OutcomeType.NEXT_ROUND_SCHEDULED, START.plusSeconds(86_400), LocalDate.of(2026, 12, 4)));
    }

    @ParameterizedTest
    @EnumSource(FollowUpKind.class)
    void kindsRoundTripUnderTheirOwnNameAndAgreeOnWhoTheyAreFor(FollowUpKind kind) {
        dev.tactful.etiquette.FollowUpKind engine = EngineMapper.toEngine(kind);
        assertThat(engine.name()).isEqualTo(kind.name());
        assertThat(engine.employerFacing()).isEqualTo(kind.employerFacing());
        assertThat(EngineMapper.fromEngine(engine)).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void channelsRoundTripUnderTheirOwnName(Channel channel) {
        assertThat(EngineMapper.toEngine(channel).name()).isEqualTo(channel.name());
        assertThat(EngineMapper.fromEngine(EngineMapper.toEngine(channel))).isEqualTo(channel);
    }

    @ParameterizedTest
    @EnumSource(Policy.class)
    void policiesKeepTheirName(Policy policy) {
        assertThat(EngineMapper.toEngine(policy).name()).isEqualTo(policy.name());
    }

    @ParameterizedTest
    @EnumSource(OutcomeType.class)
    void outcomeTypesKeepTheirName(OutcomeType type) {
        // The engine names the outcome in R8 reasons ("reply received"), so the name is part of the wording.
        assertThat(EngineMapper.toEngine(type).name()).isEqualTo(type.name());
    }

    @Test
    void recipientsRoundTrip() {
        Recipient avery = new Recipient("iv-avery", "Avery Stone", "EM", "avery@northwind.example", TOKYO);
        assertThat(EngineMapper.fromEngine(EngineMapper.toEngine(avery))).isEqualTo(avery);
        assertThat(EngineMapper.toEngine((Recipient) null)).isNull();
        assertThat(EngineMapper.fromEngine((dev.tactful.etiquette.Recipient) null)).isNull();
    }

    @Test
    void theEngineOverAMappedInterviewFollowsItsPreferences() {
        // Avery prefers a handwritten note (R14); Sam opted out (R3); the agency relays thanks (R5): so the one
        // thank-you goes to the agency and both interviewers are explained. A mix-up of fields would change this.
        Plan plan = new EtiquetteEngine(EngineSettings.defaults())
                .plan(EngineMapper.toEngine(full()), List.of(), START.plusSeconds(7200));

        assertThat(plan.followUps()).filteredOn(f -> f.kind() == dev.tactful.etiquette.FollowUpKind.THANK_YOU)
                .singleElement().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("R5");
                    assertThat(f.recipient().email()).isEqualTo("kim@bridge.example");
                });
        assertThat(plan.suppressions()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("R3");
            assertThat(s.recipient().interviewerId()).isEqualTo("iv-sam");
        });
        assertThat(plan.followUps()).filteredOn(f -> f.kind() == dev.tactful.etiquette.FollowUpKind.STATUS_CHECK)
                .first().satisfies(f -> {
                    assertThat(f.rule()).isEqualTo("R13");
                    assertThat(f.channel()).isEqualTo(dev.tactful.etiquette.Channel.PHONE);
                });
    }
}
