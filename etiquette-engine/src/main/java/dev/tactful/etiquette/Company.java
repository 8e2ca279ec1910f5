package dev.tactful.etiquette;

import java.time.ZoneId;

/** The employer; its zone is the fallback for interviewers who have none of their own. */
public record Company(String name, ZoneId timeZone) {
}
