package dev.tactful.events;

/** What a follow-up is for. Employer-facing kinds go to interviewers; KEEP_SEARCHING, MOVE_ON (R15) and ADDRESS_BOUNCED (R18) and OPTED_OUT_NOTICE (R3) go to the candidate. */
public enum FollowUpKind {
    THANK_YOU,
    STATUS_CHECK,
    LINKEDIN_CONNECT,
    GRACIOUS_CLOSE,
    KEEP_SEARCHING,
    MOVE_ON,
    /** R18: mail to a person of the interview bounced; the candidate is asked for a corrected address. */
    ADDRESS_BOUNCED,
    /** R3: an interviewer asked through the one-click link not to be followed up; the candidate is told once. */
    OPTED_OUT_NOTICE;

    /** True when the message is meant for someone at the employer rather than the candidate. */
    public boolean employerFacing() {
        return this != KEEP_SEARCHING && this != MOVE_ON && this != ADDRESS_BOUNCED && this != OPTED_OUT_NOTICE;
    }
}
