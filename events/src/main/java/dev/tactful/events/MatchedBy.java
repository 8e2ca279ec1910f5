package dev.tactful.events;

/**
 * How inbox-service tied a message in the candidate's mailbox to an interview: by its thread (In-Reply-To or
 * References name a Message-ID Tactful gave a direct send), by its sender (an interviewer's or the agency's
 * address of an interview still waiting), or, for a bounce, by the recipient that could not be reached.
 */
public enum MatchedBy {
    THREAD,
    SENDER,
    FAILED_RECIPIENT
}
