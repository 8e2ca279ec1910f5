package dev.tactful.etiquette;

/** A follow-up the rules deliberately do not plan, with the rule id and a readable reason. */
public record Suppression(Recipient recipient, String rule, String reason) {
}
