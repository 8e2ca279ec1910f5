package dev.tactful.planner.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.tactful.etiquette.Channel;
import dev.tactful.etiquette.FollowUpKind;
import dev.tactful.etiquette.Plan;
import dev.tactful.etiquette.PlannedFollowUp;
import dev.tactful.etiquette.Recipient;
import dev.tactful.etiquette.Suppression;
import dev.tactful.events.InterviewOutcomeLogged;
import dev.tactful.events.OutcomeType;

class PlanReconcilerTest {

    private static final UUID INTERVIEW = UUID.fromString("6f1c2a55-8a9e-4c4f-9a3e-0d7f6a0b1c2d");
    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");
    private static final Recipient AVERY = new Recipient("iv-1", "Avery Stone", "EM", "avery@northwind.example", ZoneId.of("Asia/Tokyo"));
    private static final Recipient SAM = new Recipient("iv-2", "Sam Lee", "SE", "sam@northwind.example", ZoneId.of("Europe/Berlin"));

    private static PlannedFollowUp thankYou(Recipient r, Instant due) {
        return new PlannedFollowUp("THANK_YOU/" + r.interviewerId() + "/EMAIL", FollowUpKind.THANK_YOU, r, Channel.EMAIL, due, "R1", "Thanks within a day.");
    }

    private static PlannedFollowUp check(Instant due) {
        return new PlannedFollowUp("STATUS_CHECK/1/iv-1", FollowUpKind.STATUS_CHECK, AVERY, Channel.EMAIL, due, "R6", "After the decision date.");
    }

    private static Plan plan(PlannedFollowUp... followUps) {
        return new Plan(List.of(followUps), List.of(), List.of());
    }

    private static List<FollowUp> stored(Plan plan) {
        return new ArrayList<>(PlanReconciler.reconcile(INTERVIEW, "cand", 1, List.of(), plan, List.of(), NOW).added());
    }

    @Test
    void newKeysAreInsertedPlannedWithIdsDerivedFromInterviewAndKey() {
        var result = PlanReconciler.reconcile(INTERVIEW, "cand", 1, List.of(),
                plan(thankYou(AVERY, NOW.plusSeconds(3600)), check(NOW.plusSeconds(86400))), List.of(), NOW);

        assertThat(result.added()).hasSize(2).allSatisfy(f -> assertThat(f.status).isEqualTo(FollowUpStatus.PLANNED));
        assertThat(result.added()).extracting(f -> f.id).containsExactly(
                FollowUpIds.of(INTERVIEW, "THANK_YOU/iv-1/EMAIL"), FollowUpIds.of(INTERVIEW, "STATUS_CHECK/1/iv-1"));
        assertThat(FollowUpIds.of(INTERVIEW, "THANK_YOU/iv-1/EMAIL")).isNotEqualTo(FollowUpIds.of(INTERVIEW, "THANK_YOU/iv-2/EMAIL"));
    }

    @Test
    void plannedRowsMissingFromTheNewPlanAreCancelledNamingR8AfterAnOutcome() {
        List<FollowUp> rows = stored(plan(thankYou(AVERY, NOW.plusSeconds(3600)), check(NOW.plusSeconds(86400))));
        InterviewOutcomeLogged reply = new InterviewOutcomeLogged(INTERVIEW, "cand", UUID.randomUUID(), OutcomeType.REPLY_RECEIVED, NOW, null, null, NOW);

        var result = PlanReconciler.reconcile(INTERVIEW, "cand", 1, rows, plan(thankYou(AVERY, NOW.plusSeconds(3600))), List.of(reply), NOW);

        FollowUp check = rows.get(1);
        assertThat(result.cancelled()).isEqualTo(1);
        assertThat(check.status).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(check.statusRule).isEqualTo("R8");
        assertThat(check.statusReason).contains("REPLY_RECEIVED");
        assertThat(rows.get(0).status).isEqualTo(FollowUpStatus.PLANNED);
    }

    @Test
    void aMatchingSuppressionExplainsTheCancellation() {
        List<FollowUp> rows = stored(plan(thankYou(SAM, NOW.plusSeconds(3600))));
        Plan next = new Plan(List.of(), List.of(new Suppression(SAM, "R3", "Asked not to be followed up.")), List.of());

        PlanReconciler.reconcile(INTERVIEW, "cand", 2, rows, next, List.of(), NOW);

        assertThat(rows.get(0).status).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(rows.get(0).statusRule).isEqualTo("R3");
        assertThat(rows.get(0).statusReason).contains("Asked not to be followed up.");
    }

    @Test
    void aBouncedAddressExplainsTheCancellationBeforeAnEarlierRuleOfTheSamePerson() {
        List<FollowUp> rows = stored(plan(check(NOW.plusSeconds(86400))));
        Plan next = new Plan(List.of(), List.of(
                new Suppression(AVERY, "R7", "A second check would be too soon."),
                new Suppression(AVERY, "R18", "Mail to avery@northwind.example came back undeliverable.")), List.of());

        PlanReconciler.reconcile(INTERVIEW, "cand", 1, rows, next, List.of(), NOW);

        assertThat(rows.get(0).status).isEqualTo(FollowUpStatus.CANCELLED);
        assertThat(rows.get(0).statusRule).isEqualTo("R18");
        assertThat(rows.get(0).statusReason).contains("undeliverable");
    }

    @Test
    void suppressionsMatchByTheEnginesSamePersonNotByEmail() {
        // An agency recruiter sharing Sam's address is not Sam; the candidate without an email is still the candidate.
        Recipient rowan = new Recipient(null, "Rowan Tester", null, null, ZoneId.of("Europe/Berlin"));
        PlannedFollowUp moveOn = new PlannedFollowUp("MOVE_ON/candidate", FollowUpKind.MOVE_ON, rowan, Channel.EMAIL,
                NOW.plusSeconds(86400), "R15", "Move on.");
        List<FollowUp> rows = stored(plan(thankYou(SAM, NOW.plusSeconds(3600)), moveOn));
        Recipient agency = new Recipient(null, "Bridge Talent", "agency recruiter", SAM.email(), SAM.timeZone());
        Plan next = new Plan(List.of(), List.of(
                new Suppression(agency, "R5", "The agency did not ask to relay thanks."),
                new Suppression(new Recipient(null, "Rowan Tester", null, null, null), "R8", "They answered.")), List.of());

        PlanReconciler.reconcile(INTERVIEW, "cand", 2, rows, next, List.of(), NOW);

        assertThat(rows.get(0).statusRule).isEqualTo("R1");
        assertThat(rows.get(0).statusReason).contains("revision 2");
        assertThat(rows.get(1).statusRule).isEqualTo("R8");
        assertThat(rows.get(1).statusReason).contains("They answered.");
    }

    @Test
    void firedAndSkippedRowsNeverChange() {
        List<FollowUp> rows = stored(plan(thankYou(AVERY, NOW.minusSeconds(60)), thankYou(SAM, NOW.plusSeconds(60))));
        rows.get(0).status = FollowUpStatus.FIRED;
        rows.get(1).status = FollowUpStatus.SKIPPED;

        var result = PlanReconciler.reconcile(INTERVIEW, "cand", 2, rows, plan(thankYou(AVERY, NOW.plusSeconds(7200))), List.of(), NOW);

        assertThat(rows).extracting(f -> f.status).containsExactly(FollowUpStatus.FIRED, FollowUpStatus.SKIPPED);
        assertThat(rows.get(0).dueAt).isEqualTo(NOW.minusSeconds(60));
        assertThat(result.added()).isEmpty();
        assertThat(result.updated() + result.cancelled()).isZero();
    }

    @Test
    void changedDueTimesUpdatePlannedRowsButASnoozeKeepsItsTime() {
        List<FollowUp> rows = stored(plan(thankYou(AVERY, NOW.plusSeconds(3600)), thankYou(SAM, NOW.plusSeconds(3600))));
        Instant snoozed = NOW.plusSeconds(90_000);
        rows.get(1).snoozedUntil = snoozed;
        rows.get(1).dueAt = snoozed;

        var result = PlanReconciler.reconcile(INTERVIEW, "cand", 2, rows,
                plan(thankYou(AVERY, NOW.plusSeconds(7200)), thankYou(SAM, NOW.plusSeconds(7200))), List.of(), NOW);

        assertThat(result.updated()).isEqualTo(2);
        assertThat(rows.get(0).dueAt).isEqualTo(NOW.plusSeconds(7200));
        assertThat(rows.get(1).dueAt).isEqualTo(snoozed);
        assertThat(rows.get(1).plannedDueAt).isEqualTo(NOW.plusSeconds(7200));
    }

    @Test
    void unchangedPlanChangesNothing() {
        Plan same = plan(thankYou(AVERY, NOW.plusSeconds(3600)), check(NOW.plusSeconds(86400)));
        List<FollowUp> rows = stored(same);

        var result = PlanReconciler.reconcile(INTERVIEW, "cand", 1, rows, same, List.of(), NOW.plusSeconds(5));

        assertThat(result.added()).isEmpty();
        assertThat(result.updated() + result.cancelled() + result.revived()).isZero();
        assertThat(rows).allSatisfy(f -> assertThat(f.updatedAt).isEqualTo(NOW));
    }

    @Test
    void aCancelledKeyThatComesBackIsPlannedAgain() {
        List<FollowUp> rows = stored(plan(thankYou(SAM, NOW.plusSeconds(3600))));
        PlanReconciler.reconcile(INTERVIEW, "cand", 2, rows, plan(), List.of(), NOW);
        assertThat(rows.get(0).status).isEqualTo(FollowUpStatus.CANCELLED);

        var result = PlanReconciler.reconcile(INTERVIEW, "cand", 3, rows, plan(thankYou(SAM, NOW.plusSeconds(3600))), List.of(), NOW);

        assertThat(result.revived()).isEqualTo(1);
        assertThat(rows.get(0).status).isEqualTo(FollowUpStatus.PLANNED);
        assertThat(rows.get(0).statusRule).isNull();
    }
}
