package dev.tactful.etiquette;

/**
 * The channel a message will use, or why there is none.
 *
 * @param channel the professional channel, null when no allowed channel exists (then {@code note} says why)
 * @param note    an extra sentence for the reason when the choice departs from the interviewer's preference (R4)
 */
record ChannelChoice(Channel channel, String note) {

    static ChannelChoice of(Channel channel) {
        return new ChannelChoice(channel, "");
    }

    static ChannelChoice none(String why) {
        return new ChannelChoice(null, why);
    }

    boolean available() {
        return channel != null;
    }

    /** The note with a leading space, ready to append to a sentence, or nothing. */
    String suffix() {
        return note.isEmpty() ? "" : " " + note;
    }
}
