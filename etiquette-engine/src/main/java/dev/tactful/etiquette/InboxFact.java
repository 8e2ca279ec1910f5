package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Something the candidate's mailbox said about a person of the interview, as input to R17 and R18. People are
 * recognised by {@code address} (case-blind): that is all an automatic answer or a bounce carries.
 *
 * @param type       what the message was
 * @param address    the out-of-office sender, or the recipient that could not be reached
 * @param returnDate the day the person said they are back (out-of-office only; null when the message names none)
 * @param receivedAt when the message arrived; only follow-ups due after it are affected
 * @param detail     a short machine detail for the reason, e.g. a bounce's status code; may be null
 */
public record InboxFact(Type type, String address, LocalDate returnDate, Instant receivedAt, String detail) {

    public enum Type {
        OUT_OF_OFFICE,
        BOUNCE
    }

    /** True when this fact concerns the person reached at {@code email}. */
    boolean concerns(String email) {
        return TouchSpacing.sameAddress(address, email);
    }
}
