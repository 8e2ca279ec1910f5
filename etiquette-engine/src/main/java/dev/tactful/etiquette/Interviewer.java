package dev.tactful.etiquette;

import java.time.ZoneId;

/**
 * One person the candidate met. {@code id} should be stable for the life of the interview, since plan keys and
 * "the same person" rest on it (a blank one is replaced by the interviewer's position); {@code timeZone} is
 * optional and falls back to the company's zone.
 */
public record Interviewer(
        String id,
        String name,
        String title,
        String email,
        String linkedinUrl,
        Channel preferredChannel,
        boolean askedNotToFollowUp,
        boolean primaryContact,
        ZoneId timeZone) {
}
