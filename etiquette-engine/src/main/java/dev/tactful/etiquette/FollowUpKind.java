package dev.tactful.etiquette;

/** What a follow-up is for. Employer-facing kinds go to someone at the employer; KEEP_SEARCHING, MOVE_ON (R15) and ADDRESS_BOUNCED (R18) and OPTED_OUT_NOTICE (R3) to the candidate. */
public enum FollowUpKind {
    THANK_YOU,
    STATUS_CHECK,
    LINKEDIN_CONNECT,
    GRACIOUS_CLOSE,
    KEEP_SEARCHING,
    MOVE_ON,
    /** R18: mail to someone of the interview bounced; the candidate is asked for a corrected address. */
    ADDRESS_BOUNCED,
    /** R3: an interviewer asked through the one-click link not to be followed up; the candidate is told once. */
    OPTED_OUT_NOTICE;

    /** True when the message is meant for someone at the employer rather than the candidate. */
    public boolean employerFacing() {
        return this != KEEP_SEARCHING && this != MOVE_ON && this != ADDRESS_BOUNCED && this != OPTED_OUT_NOTICE;
    }

    /**
     * The one name people read for this kind: in the planner's reasons (built here) and in the notifier's messages
     * and subjects. It lives in the engine because the engine writes reasons and may depend on nothing, while the
     * notifier can depend on the engine (plain Java, no dependencies). The wording is the one the notifier's
     * messages already used, since that is what candidates see in their mailbox.
     */
    public String label() {
        return switch (this) {
            case THANK_YOU -> "thank-you note";
            case STATUS_CHECK -> "status check";
            case LINKEDIN_CONNECT -> "LinkedIn connection request";
            case GRACIOUS_CLOSE -> "closing thank-you";
            case KEEP_SEARCHING -> "keep-searching reminder";
            case MOVE_ON -> "move-on note";
            case ADDRESS_BOUNCED -> "bounced-address notice";
            case OPTED_OUT_NOTICE -> "opt-out notice";
        };
    }
}
