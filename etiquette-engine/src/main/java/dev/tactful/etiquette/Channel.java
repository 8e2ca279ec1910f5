package dev.tactful.etiquette;

/** How a follow-up reaches its recipient (R4: professional channels only, LinkedIn only to connect). */
public enum Channel {
    EMAIL,
    HANDWRITTEN_NOTE,
    PHONE,
    LINKEDIN
}
