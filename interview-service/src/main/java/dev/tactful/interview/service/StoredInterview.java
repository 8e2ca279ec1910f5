package dev.tactful.interview.service;

import java.time.Instant;

import dev.tactful.events.InterviewLogged;
import dev.tactful.interview.repository.InterviewEntity;
import dev.tactful.interview.repository.InterviewStatus;

/**
 * An interview as stored: its latest state (what consumers were sent), its status, when it was first logged
 * ({@code state.loggedAt()} is when the latest revision was) and last changed.
 */
public record StoredInterview(InterviewLogged state, InterviewStatus status, Instant loggedAt, Instant updatedAt) {

    static StoredInterview of(InterviewEntity e) {
        return of(e, e.state());
    }

    /** For a state just written, so it is not read back from its JSON. */
    static StoredInterview of(InterviewEntity e, InterviewLogged state) {
        return new StoredInterview(state, e.status, e.loggedAt, e.updatedAt);
    }
}
