package dev.tactful.events;

/** Whether the notifier hands the candidate a draft (default) or sends on their behalf. */
public enum DeliveryMode {
    DRAFT_TO_CANDIDATE,
    SEND_DIRECT
}
