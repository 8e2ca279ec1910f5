package dev.tactful.etiquette;

import java.time.Instant;
import java.util.List;

import dev.tactful.events.InterviewLogged;
import dev.tactful.events.InterviewOutcomeLogged;

/**
 * Turns an interview and its outcomes into a plan under rules R1-R16. A pure function: the same
 * interview, outcomes (in any order) and {@code now} always give the same plan, so re-planning after
 * an outcome is just calling it again with the longer history.
 */
public final class EtiquetteEngine {

    private final EngineSettings settings;

    public EtiquetteEngine(EngineSettings settings) {
        this.settings = settings;
    }

    public EngineSettings settings() {
        return settings;
    }

    /**
     * @param interview the latest revision of the interview
     * @param outcomes  every outcome logged so far, any order
     * @param now       the current instant; follow-ups are never due before the interview was logged
     */
    public Plan plan(InterviewLogged interview, List<InterviewOutcomeLogged> outcomes, Instant now) {
        throw new UnsupportedOperationException("implemented in the engine issue");
    }
}
