package dev.tactful.notifier.quality;

import java.util.List;

import dev.tactful.events.HoldReason;

/** The gate's answer: passed, or held with every reason (not just the first), so the candidate fixes all at once. */
public record Verdict(List<HoldReason> reasons) {

    public Verdict {
        reasons = List.copyOf(reasons);
    }

    public boolean passed() {
        return reasons.isEmpty();
    }

    public List<String> codes() {
        return reasons.stream().map(HoldReason::code).toList();
    }
}
