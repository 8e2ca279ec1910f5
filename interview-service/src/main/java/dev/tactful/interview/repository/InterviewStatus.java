package dev.tactful.interview.repository;

import dev.tactful.events.OutcomeType;

/**
 * Where an interview stands from the candidate's side. It starts {@link #AWAITING_RESPONSE} and follows the
 * last outcome logged; any outcome means the employer answered, so the planner stops status checks (R8).
 */
public enum InterviewStatus {
    /** Logged, no answer from the employer yet. */
    AWAITING_RESPONSE,
    /** The employer replied (without a decision). */
    REPLIED,
    /** A further round is scheduled. */
    NEXT_ROUND,
    /** An offer was made. */
    OFFER,
    /** The employer said no. */
    REJECTED,
    /** The candidate withdrew. */
    WITHDRAWN;

    public static InterviewStatus after(OutcomeType outcome) {
        return switch (outcome) {
            case REPLY_RECEIVED -> REPLIED;
            case NEXT_ROUND_SCHEDULED -> NEXT_ROUND;
            case OFFER -> OFFER;
            case REJECTED -> REJECTED;
            case WITHDRAWN -> WITHDRAWN;
        };
    }
}
