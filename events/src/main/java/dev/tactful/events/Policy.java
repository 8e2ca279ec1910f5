package dev.tactful.events;

/** How many touches the candidate allows per interview; the one point the source articles disagree on. */
public enum Policy {
    ONE_AND_DONE,
    STANDARD,
    PERSISTENT
}
