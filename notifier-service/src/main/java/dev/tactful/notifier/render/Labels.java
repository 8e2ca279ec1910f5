package dev.tactful.notifier.render;

import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;

/** Human words for kinds and channels, used in messages to the candidate. */
public final class Labels {

    private Labels() {
    }

    public static String kind(FollowUpKind kind) {
        return switch (kind) {
            case THANK_YOU -> "thank-you note";
            case STATUS_CHECK -> "status check";
            case LINKEDIN_CONNECT -> "LinkedIn connection request";
            case GRACIOUS_CLOSE -> "closing thank-you";
            case KEEP_SEARCHING -> "keep-searching reminder";
            case MOVE_ON -> "move-on note";
        };
    }

    public static String how(Channel channel) {
        return switch (channel) {
            case EMAIL -> "by email";
            case HANDWRITTEN_NOTE -> "as a handwritten note, posted by express mail today";
            case PHONE -> "by phone, using the script below";
            case LINKEDIN -> "as a LinkedIn connection request with a short note";
        };
    }
}
