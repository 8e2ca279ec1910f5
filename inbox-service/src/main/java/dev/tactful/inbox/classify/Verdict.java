package dev.tactful.inbox.classify;

import java.time.LocalDate;

/** What a message is, before anyone asks whom it is from. */
public record Verdict(Kind kind, LocalDate returnDate, String failedRecipient, String status, String because) {

    public enum Kind {
        /** Written by a person (as far as the headers tell): a reply if it comes from a person of the interview. */
        PERSONAL,
        /** Sent by a machine (RFC 3834 Auto-Submitted, Precedence, List-Id, X-Autoreply...): ignored. */
        AUTOMATIC,
        /** An out-of-office answer, with the return date when one was found. */
        OUT_OF_OFFICE,
        /** An RFC 3464 delivery report saying a recipient could not be reached. */
        BOUNCE
    }

    static Verdict personal() {
        return new Verdict(Kind.PERSONAL, null, null, null, "no sign of an automatic message");
    }

    static Verdict automatic(String because) {
        return new Verdict(Kind.AUTOMATIC, null, null, null, because);
    }

    static Verdict outOfOffice(LocalDate returnDate, String because) {
        return new Verdict(Kind.OUT_OF_OFFICE, returnDate, null, null, because);
    }

    static Verdict bounce(String failedRecipient, String status) {
        return new Verdict(Kind.BOUNCE, null, failedRecipient, status, "delivery report (RFC 3464)");
    }
}
