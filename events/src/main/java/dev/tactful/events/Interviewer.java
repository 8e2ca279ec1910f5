package dev.tactful.events;

import java.time.ZoneId;

/**
 * One person the candidate met. {@code id} is stable for the life of the interview so plans can refer to it;
 * {@code timeZone} is optional and falls back to the company's zone.
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
