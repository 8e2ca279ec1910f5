package dev.tactful.etiquette;

import dev.tactful.events.Recipient;

/** A follow-up the rules deliberately do not plan, with the rule id and a readable reason. */
public record Suppression(Recipient recipient, String rule, String reason) {
}
