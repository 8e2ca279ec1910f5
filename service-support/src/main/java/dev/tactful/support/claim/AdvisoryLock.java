package dev.tactful.support.claim;

import dev.tactful.support.sql.UncachedPlan;

/**
 * The transaction-scoped PostgreSQL advisory locks the services take to count and decide atomically (a limit's last
 * slot, say), each in its own lock space so two kinds never block each other. One list, so a new lock cannot
 * reuse another's space by accident.
 */
public enum AdvisoryLock {

    /** notifier: employer-facing messages per candidate (S1). */
    SENDS_PER_CANDIDATE(0x54430001),
    /** notifier: messages per recipient address across candidates (S2). */
    SENDS_PER_RECIPIENT(0x54430002),
    /**
     * interview-service: a candidate's new interviews (the hourly limit counts under it) and their erasure, which
     * takes it too, so an interview is either created before the erasure (and erased with the rest) or sees the
     * tombstone and is refused.
     */
    NEW_INTERVIEWS(0x54430003);

    private final int space;

    AdvisoryLock(int space) {
        this.space = space;
    }

    /**
     * A native select that takes this lock on {@code hashtext(:key)} until the transaction ends; bind {@code key},
     * and {@link UncachedPlan#PARAMETER} to {@link UncachedPlan#VALUE}.
     */
    public String query() {
        return "SELECT 1 FROM (SELECT pg_advisory_xact_lock(" + space + ", hashtext(:key))) AS l WHERE " + UncachedPlan.CONDITION;
    }

    /** The same lock for the reactive SQL client: bind the key to {@code $1}. */
    public String positionalQuery() {
        return "SELECT pg_advisory_xact_lock(" + space + ", hashtext($1))";
    }

    public int space() {
        return space;
    }
}
