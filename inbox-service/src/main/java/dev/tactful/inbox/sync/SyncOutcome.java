package dev.tactful.inbox.sync;

import java.util.Map;

/**
 * What committing one sync did: how many messages of each classification it read, how many events it wrote, or
 * that it committed nothing because the mailbox was disconnected, reconnected or synced elsewhere meanwhile.
 */
public record SyncOutcome(boolean stale, Map<Classification, Integer> counts, int events) {

    static SyncOutcome staleSync() {
        return new SyncOutcome(true, Map.of(), 0);
    }
}
