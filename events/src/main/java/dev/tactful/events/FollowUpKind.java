package dev.tactful.events;

/** What a follow-up is for. Employer-facing kinds go to interviewers; KEEP_SEARCHING, MOVE_ON (R15) and ADDRESS_BOUNCED (R18) go to the candidate. */
public enum FollowUpKind {
    THANK_YOU,
    STATUS_CHECK,
    LINKEDIN_CONNECT,
    GRACIOUS_CLOSE,
    KEEP_SEARCHING,
    MOVE_ON,
    /** R18: mail to a person of the interview bounced; the candidate is asked for a corrected address. */
    ADDRESS_BOUNCED;

    /** True when the message is meant for someone at the employer rather than the candidate. */
    public boolean employerFacing() {
        return this != KEEP_SEARCHING && this != MOVE_ON && this != ADDRESS_BOUNCED;
    }
}
