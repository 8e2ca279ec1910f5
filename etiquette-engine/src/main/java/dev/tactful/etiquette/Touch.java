package dev.tactful.etiquette;

import java.time.Instant;

/** One message to someone, planned or already sent, as R7 spacing sees it: what, to whom, how and when. */
public record Touch(FollowUpKind kind, Recipient recipient, Channel channel, Instant at) {
}
