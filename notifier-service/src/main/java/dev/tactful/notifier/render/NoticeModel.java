package dev.tactful.notifier.render;

import java.util.List;

import dev.tactful.events.HoldReason;

/** A notice from Tactful to the candidate about one follow-up: held by the quality gate, or uncertain after a crash. */
public record NoticeModel(
        String candidateFirstName,
        String recipientName,
        String kindLabel,
        String how,
        String company,
        String role,
        List<HoldReason> reasons,
        String draftSubject,
        String draftText) {
}
