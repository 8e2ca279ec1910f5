package dev.tactful.etiquette;

import java.time.Instant;
import java.time.ZoneId;

/**
 * One person the candidate met. {@code id} should be stable for the life of the interview, since plan keys and
 * "the same person" rest on it (a blank one is replaced by the interviewer's position); {@code timeZone} is
 * optional and falls back to the company's zone. {@code optedOutAt} is when the interviewer themselves asked not to
 * be followed up (the one-click link of a direct email), null when they did not or when the candidate set
 * {@code askedNotToFollowUp} by hand; only the former earns the candidate a notice (R3).
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
        ZoneId timeZone,
        Instant optedOutAt) {

    /** An interviewer who did not opt out through the link. */
    public Interviewer(String id, String name, String title, String email, String linkedinUrl, Channel preferredChannel,
            boolean askedNotToFollowUp, boolean primaryContact, ZoneId timeZone) {
        this(id, name, title, email, linkedinUrl, preferredChannel, askedNotToFollowUp, primaryContact, timeZone, null);
    }
}
