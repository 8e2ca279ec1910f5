package dev.tactful.etiquette;

/** Human wording for follow-up kinds, used in reasons. */
final class Kinds {

    private Kinds() {
    }

    static String label(FollowUpKind kind) {
        return switch (kind) {
            case THANK_YOU -> "thank-you";
            case STATUS_CHECK -> "status check";
            case LINKEDIN_CONNECT -> "LinkedIn connection request";
            case GRACIOUS_CLOSE -> "gracious close";
            case KEEP_SEARCHING -> "keep-searching nudge";
            case MOVE_ON -> "move-on note";
        };
    }
}
