package dev.tactful.planner.timer;

import java.time.Instant;
import java.util.List;

/**
 * One claim-publish-mark transaction.
 *
 * @param claimedAt   when the rows were claimed (clock time)
 * @param committedAt when FIRED was committed: from then on the follow-up counts as fired
 */
public record FiredBatch(Instant claimedAt, Instant committedAt, List<DueFollowUp> fired) {

    public static FiredBatch empty(Instant at) {
        return new FiredBatch(at, at, List.of());
    }

    public int size() {
        return fired.size();
    }
}
