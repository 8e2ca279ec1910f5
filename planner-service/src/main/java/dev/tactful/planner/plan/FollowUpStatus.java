package dev.tactful.planner.plan;

/** Life of a follow-up: PLANNED is a live timer; the other three are final (CANCELLED may be revived by a re-plan). */
public enum FollowUpStatus {
    PLANNED,
    FIRED,
    CANCELLED,
    SKIPPED
}
