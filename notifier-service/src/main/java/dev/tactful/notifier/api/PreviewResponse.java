package dev.tactful.notifier.api;

import java.util.List;

import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.HoldReason;

/** A rendered follow-up, the gate's verdict, and the email Tactful would send for it. */
public record PreviewResponse(
        FollowUpKind kind,
        Channel channel,
        String subject,
        String text,
        String html,
        int characters,
        Verdict verdict,
        DeliveryView.Email email) {

    public record Verdict(boolean passed, List<HoldReason> reasons) {
    }
}
