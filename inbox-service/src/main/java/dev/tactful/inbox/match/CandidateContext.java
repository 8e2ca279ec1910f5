package dev.tactful.inbox.match;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What matching needs to know about one candidate: their own addresses (their mail is never an answer), their
 * waiting interviews, and which interview each follow-up id a message's thread names belongs to.
 */
public record CandidateContext(Set<String> ownAddresses, List<WaitingInterview> waiting, Map<UUID, UUID> followUpInterviews) {

    public CandidateContext {
        ownAddresses = Set.copyOf(ownAddresses);
        waiting = List.copyOf(waiting);
        followUpInterviews = Map.copyOf(followUpInterviews);
    }
}
