package dev.tactful.events;

import java.time.LocalDate;

/** What the candidate agreed at the interview: follow up on this channel by this date (R13). */
public record FollowUpPromise(Channel channel, LocalDate by, String note) {
}
