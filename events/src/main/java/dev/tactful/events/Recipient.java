package dev.tactful.events;

import java.time.ZoneId;

/**
 * Who a follow-up is addressed to. {@code interviewerId} is null for the candidate and for an agency;
 * {@code timeZone} is the zone the send window (R11) was computed in.
 */
public record Recipient(String interviewerId, String name, String title, String email, ZoneId timeZone) {
}
