package dev.tactful.etiquette;

import java.time.Instant;

/**
 * One follow-up the rules call for.
 *
 * @param key    stable identity within the interview (e.g. {@code THANK_YOU/iv-1/EMAIL}): re-planning the same
 *               interview yields the same key for the same intent, so services can diff old and new plans
 * @param rule   id of the rule that produced it ({@code R1} ... {@code R18})
 * @param reason one readable sentence, in our own words, saying why and why then
 */
public record PlannedFollowUp(
        String key,
        FollowUpKind kind,
        Recipient recipient,
        Channel channel,
        Instant dueAt,
        String rule,
        String reason) {

    /** This follow-up as R7 spacing sees it. */
    public Touch touch() {
        return new Touch(kind, recipient, channel, dueAt);
    }
}
