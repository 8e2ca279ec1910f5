package dev.tactful.etiquette;

/** What a follow-up is for. Employer-facing kinds go to someone at the employer; the last two to the candidate (R15). */
public enum FollowUpKind {
    THANK_YOU,
    STATUS_CHECK,
    LINKEDIN_CONNECT,
    GRACIOUS_CLOSE,
    KEEP_SEARCHING,
    MOVE_ON;

    /** True when the message is meant for someone at the employer rather than the candidate. */
    public boolean employerFacing() {
        return this != KEEP_SEARCHING && this != MOVE_ON;
    }
}
