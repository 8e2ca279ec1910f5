package dev.tactful.inbox.sync;

/** What became of a message read from a mailbox; counted per mailbox and shown in its status. */
public enum Classification {
    /** A person of a waiting interview answered: ReplyDetected. */
    REPLY,
    /** A person of a waiting interview is away: OutOfOfficeDetected. */
    OUT_OF_OFFICE,
    /** Mail to a person of a waiting interview bounced: BounceDetected. */
    BOUNCE,
    /** Sent by a machine (lists, newsletters, notifications, other automatic answers): ignored. */
    AUTOMATIC,
    /** From nobody of a waiting interview, or already reported: ignored. */
    UNMATCHED,
    /** Could not be read at all: skipped. */
    UNREADABLE
}
