package dev.tactful.inbox.classify;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Decides what a message is, in this order: an RFC 3464 delivery report saying a recipient failed is a bounce; an
 * out-of-office answer (by its subject, or by its text when the headers mark it automatic) is out-of-office; any
 * other message the headers mark automatic is ignored; the rest was written by a person. Whether that person
 * matters is the matcher's question.
 */
public final class Classifier {

    private Classifier() {
    }

    public static Verdict classify(MessageFacts m) {
        if (m.report() != null) {
            return DeliveryReports.firstFailure(m.report())
                    .map(f -> Verdict.bounce(f.recipient(), f.status()))
                    .orElseGet(() -> Verdict.automatic("delivery report without a failed recipient"));
        }
        Optional<String> automatic = AutomaticHeaders.reason(m);
        Optional<String> away = OutOfOffice.bySubject(m.subject());
        if (away.isEmpty() && automatic.isPresent()) {
            away = OutOfOffice.byBody(m.text());
        }
        if (away.isPresent()) {
            // The return date is read on the UTC day of the message: the sender's zone is unknown and the dates
            // the text names are whole days anyway.
            LocalDate written = m.date() == null ? null : m.date().atOffset(ZoneOffset.UTC).toLocalDate();
            LocalDate back = written == null ? null
                    : ReturnDates.find(m.subject() + "\n" + m.text(), written).orElse(null);
            return Verdict.outOfOffice(back, away.get());
        }
        return automatic.map(Verdict::automatic).orElseGet(Verdict::personal);
    }
}
