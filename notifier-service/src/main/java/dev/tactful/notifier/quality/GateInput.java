package dev.tactful.notifier.quality;

import dev.tactful.events.DeliveryMode;
import dev.tactful.events.InterviewDetails;
import dev.tactful.events.Recipient;
import dev.tactful.notifier.render.RenderedMessage;

/** What the gate judges: the rendered message and the facts it should reflect. */
public record GateInput(RenderedMessage message, InterviewDetails interview, Recipient recipient, DeliveryMode mode) {
}
