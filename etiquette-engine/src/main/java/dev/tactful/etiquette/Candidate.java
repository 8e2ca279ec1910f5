package dev.tactful.etiquette;

import java.time.ZoneId;

/** The job seeker. {@code timeZone} decides the candidate's quiet hours (R11). */
public record Candidate(String name, String email, ZoneId timeZone) {
}
