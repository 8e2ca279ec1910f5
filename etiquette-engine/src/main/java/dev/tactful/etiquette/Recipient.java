package dev.tactful.etiquette;

import java.time.ZoneId;

/**
 * Who a follow-up (or a suppression) is addressed to. {@code interviewerId} is null for the candidate, an agency
 * recruiter and the stand-in for a missing primary contact; {@code timeZone} is the zone the send window (R11) was
 * computed in.
 */
public record Recipient(String interviewerId, String name, String title, String email, ZoneId timeZone) {

    /**
     * The one definition of "the same person", for touch limits (R7), for a snooze and for matching stored
     * follow-ups to a new plan: an interviewer by their id, anyone else (the candidate, an agency recruiter) by
     * name. Not by email: an interviewer's email may be missing or change between revisions of an interview,
     * while the id is stable for its life, and the engine gives every interviewer one.
     */
    public boolean isSamePersonAs(Recipient other) {
        return other != null && personKey().equals(other.personKey());
    }

    /** The identity {@link #isSamePersonAs} compares, for grouping messages by person. */
    String personKey() {
        return interviewerId != null ? "interviewer:" + interviewerId : "other:" + name;
    }
}
