package dev.tactful.notifier.delivery;

/**
 * Life of a delivery: PENDING → SENDING → SENT, or back to PENDING for a retry, or FAILED after the last try.
 * HELD: stopped by the quality gate. UNCERTAIN: a direct send was interrupted after the SMTP server may have
 * accepted it; never retried automatically, the candidate is told.
 */
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    HELD,
    UNCERTAIN
}
