package dev.tactful.inbox.match;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One of the candidate's interviews that still waits for an answer, with its people: lower-case address to a
 * readable label ("Avery Stone, interviewer").
 */
public record WaitingInterview(UUID interviewId, Instant interviewedAt, Map<String, String> contacts) {

    public WaitingInterview {
        contacts = Map.copyOf(contacts);
    }
}
