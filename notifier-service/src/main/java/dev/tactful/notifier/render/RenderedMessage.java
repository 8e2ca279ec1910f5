package dev.tactful.notifier.render;

import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;

/**
 * One follow-up as its reader will see it. {@code subject} and {@code html} exist only for email;
 * {@code text} is the plain-text part, the note to copy out by hand, the call script or the LinkedIn note.
 * {@code supported} is false when no template exists for this kind on this channel (the gate holds it, R4).
 */
public record RenderedMessage(
        FollowUpKind kind,
        Channel channel,
        String subject,
        String text,
        String html,
        boolean supported) {

    public static RenderedMessage unsupported(FollowUpKind kind, Channel channel) {
        return new RenderedMessage(kind, channel, null, "", null, false);
    }

    public int length() {
        return text == null ? 0 : text.length();
    }
}
