package dev.tactful.notifier.render;

import dev.tactful.events.Channel;
import dev.tactful.events.FollowUpKind;

/** Human words for kinds and channels, used in messages to the candidate. */
public final class Labels {

    private Labels() {
    }

    /**
     * The engine's label, so a kind reads the same here as in the planner's reasons. The contract's kinds and the
     * engine's carry the same names (the planner's EngineMapper maps them one to one), hence the lookup by name;
     * LabelsTest fails if a kind is ever added to one side only.
     */
    public static String kind(FollowUpKind kind) {
        return dev.tactful.etiquette.FollowUpKind.valueOf(kind.name()).label();
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
