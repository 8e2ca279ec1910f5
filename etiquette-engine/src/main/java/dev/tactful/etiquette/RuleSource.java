package dev.tactful.etiquette;

/** One source article behind a rule: the seed id (000-004) and its short title. */
public record RuleSource(String id, String title) {
}
