package dev.tactful.events;

/** How a follow-up reaches its recipient (R4: professional channels only). */
public enum Channel {
    EMAIL,
    HANDWRITTEN_NOTE,
    PHONE,
    LINKEDIN
}
