package dev.tactful.planner.timer;

import java.time.Instant;
import java.util.UUID;

/** One follow-up the poller fired: when it was due and when the broker acknowledged it. */
public record DueFollowUp(UUID followUpId, UUID interviewId, Instant dueAt, Instant ackedAt) {
}
