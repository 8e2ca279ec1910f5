package dev.tactful.planner.plan;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Follow-up ids derive from the interview and the plan key alone, so replaying the event log (or two replicas
 * planning the same interview) always yields the same ids, and with them the same FollowUpDue event ids.
 */
public final class FollowUpIds {

    private FollowUpIds() {
    }

    public static UUID of(UUID interviewId, String planKey) {
        return UUID.nameUUIDFromBytes(("tactful-followup:" + interviewId + "/" + planKey).getBytes(StandardCharsets.UTF_8));
    }
}
