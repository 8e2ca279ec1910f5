package dev.tactful.etiquette;

import java.time.LocalDate;

/** What the candidate agreed at the interview: follow up on this channel by this date (R13); both optional. */
public record FollowUpPromise(Channel channel, LocalDate by) {
}
