package dev.tactful.etiquette;

/** An agency recruiter; only when {@code requiresRouting} do thank-yous go through them (R5). */
public record Agency(String name, String email, boolean requiresRouting) {
}
