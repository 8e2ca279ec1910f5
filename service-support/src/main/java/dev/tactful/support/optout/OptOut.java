package dev.tactful.support.optout;

import java.util.Objects;
import java.util.UUID;

/** What a valid opt-out token says: this interviewer of this interview asked not to be followed up. */
public record OptOut(UUID interviewId, String interviewerId) {

    public OptOut {
        Objects.requireNonNull(interviewId, "interviewId");
        Objects.requireNonNull(interviewerId, "interviewerId");
    }
}
