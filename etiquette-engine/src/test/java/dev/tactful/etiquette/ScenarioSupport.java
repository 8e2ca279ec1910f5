package dev.tactful.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

/** Shared plumbing for the scenario tests: run the default engine and pick items out of the plan. */
abstract class ScenarioSupport {

    final EtiquetteEngine engine = new EtiquetteEngine(EngineSettings.defaults());

    Plan plan(Fixtures.Interview interview, Outcome... outcomes) {
        Interview logged = interview.build();
        return engine.plan(logged, List.of(outcomes), logged.loggedAt());
    }

    Plan planAt(Fixtures.Interview interview, Instant now, Outcome... outcomes) {
        return engine.plan(interview.build(), List.of(outcomes), now);
    }

    static PlannedFollowUp only(Plan plan, FollowUpKind kind) {
        List<PlannedFollowUp> found = all(plan, kind);
        assertThat(found).as("exactly one %s in %s", kind, plan.followUps()).hasSize(1);
        return found.get(0);
    }

    static List<PlannedFollowUp> all(Plan plan, FollowUpKind kind) {
        return plan.followUps().stream().filter(f -> f.kind() == kind).toList();
    }

    static PlannedFollowUp byKey(Plan plan, String key) {
        return plan.followUps().stream().filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no follow-up " + key + " in " + plan.followUps()));
    }

    static List<Suppression> suppressions(Plan plan, String rule) {
        return plan.suppressions().stream().filter(s -> s.rule().equals(rule)).toList();
    }
}
