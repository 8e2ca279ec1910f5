package dev.tactful.etiquette;

import java.util.List;

/**
 * The engine's answer for one interview: what to send and when, and what not to send and why.
 * {@code flags} are warnings for the candidate (e.g. R2: no interview detail recorded).
 */
public record Plan(List<PlannedFollowUp> followUps, List<Suppression> suppressions, List<Suppression> flags) {
    public Plan {
        followUps = List.copyOf(followUps);
        suppressions = List.copyOf(suppressions);
        flags = List.copyOf(flags);
    }
}
