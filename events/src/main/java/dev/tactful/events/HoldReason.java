package dev.tactful.events;

/** One reason the quality gate held a message: the rule it breaks, a stable code and a readable sentence. */
public record HoldReason(String rule, String code, String reason) {
}
