package dev.tactful.events;

import java.time.Instant;
import java.time.ZoneId;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One person the candidate met. {@code id} is stable for the life of the interview so plans can refer to it;
 * {@code timeZone} is optional and falls back to the company's zone.
 *
 * <p>{@code optedOutAt} is when the interviewer themselves asked, through the one-click link of a direct email, not
 * to be followed up (R3); the planner tells the candidate once. It was added after the first version of the contract,
 * so it is an optional property: left out of the JSON while null (payloads without it read as null), and null when
 * the candidate set {@code askedNotToFollowUp} by hand, which tells them nothing they do not know.
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
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant optedOutAt) {

    /** An interviewer who did not opt out through the link (or not yet). */
    public Interviewer(String id, String name, String title, String email, String linkedinUrl, Channel preferredChannel,
            boolean askedNotToFollowUp, boolean primaryContact, ZoneId timeZone) {
        this(id, name, title, email, linkedinUrl, preferredChannel, askedNotToFollowUp, primaryContact, timeZone, null);
    }
}
