package dev.tactful.etiquette;

import java.time.ZoneId;

/**
 * Who a follow-up (or a suppression) is addressed to. {@code interviewerId} is null for the candidate, an agency
 * recruiter and the stand-in for a missing primary contact; {@code timeZone} is the zone the send window (R11) was
 * computed in.
 */
public record Recipient(String interviewerId, String name, String title, String email, ZoneId timeZone) {
}
