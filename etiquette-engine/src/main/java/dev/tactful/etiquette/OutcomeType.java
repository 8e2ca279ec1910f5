package dev.tactful.etiquette;

/** Any answer from the employer; every one of them stops pending checks (R8). */
public enum OutcomeType {
    REPLY_RECEIVED,
    NEXT_ROUND_SCHEDULED,
    OFFER,
    REJECTED,
    WITHDRAWN
}
