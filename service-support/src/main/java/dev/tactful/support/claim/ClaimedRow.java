package dev.tactful.support.claim;

import java.util.UUID;

/** A row a {@link ClaimLoop} claimed: its id and the tries recorded on it so far. */
public interface ClaimedRow {

    UUID id();

    /**
     * Tries recorded on the row when it was claimed. In lease mode the claim itself counts the try it starts
     * (so a process that dies mid-try still used one up); in locked mode only failures are counted.
     */
    int attempts();
}
