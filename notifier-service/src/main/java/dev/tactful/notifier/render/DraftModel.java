package dev.tactful.notifier.render;

import dev.tactful.events.Channel;

/**
 * The candidate's reminder in draft mode: whom to contact, how, why (the rule and its reason) and when, plus
 * the ready-to-send draft.
 *
 * @param manualInDirectMode true when the candidate asked Tactful to send directly but this channel (a call,
 *                           a handwritten note, a LinkedIn request) can only come from the candidate
 */
public record DraftModel(
        String candidateFirstName,
        Channel channel,
        String recipientName,
        String recipientDescription,
        String recipientEmail,
        String kindLabel,
        String how,
        String rule,
        String reason,
        String whenLocal,
        String draftSubject,
        String draftText,
        boolean manualInDirectMode) {

    public boolean hasRecipientEmail() {
        return recipientEmail != null && !recipientEmail.isBlank();
    }
}
