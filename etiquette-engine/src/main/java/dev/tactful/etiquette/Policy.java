package dev.tactful.etiquette;

/** How many touches the candidate allows per interview (R7). */
public enum Policy {
    ONE_AND_DONE,
    STANDARD,
    PERSISTENT
}
