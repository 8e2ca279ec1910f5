package dev.tactful.inbox.classify;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The headers that say a machine sent a message (RFC 3834 and the conventions that came before it). */
final class AutomaticHeaders {

    private static final Set<String> MACHINE_PRECEDENCE = Set.of("bulk", "list", "junk", "auto_reply");
    private static final Set<String> MACHINE_SENDERS = Set.of("mailer-daemon", "postmaster");

    private AutomaticHeaders() {
    }

    /** Why the message counts as automatic, or empty when nothing says so. */
    static Optional<String> reason(MessageFacts m) {
        String autoSubmitted = m.header("Auto-Submitted");
        if (autoSubmitted != null) {
            String value = autoSubmitted.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!value.equals("no")) {
                return Optional.of("Auto-Submitted: " + value);
            }
        }
        if (m.header("X-Autoreply") != null || m.header("X-Autorespond") != null) {
            return Optional.of("X-Autoreply/X-Autorespond");
        }
        String precedence = m.header("Precedence");
        if (precedence != null && MACHINE_PRECEDENCE.contains(precedence.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Precedence: " + precedence.strip().toLowerCase(Locale.ROOT));
        }
        if (m.header("List-Id") != null) {
            return Optional.of("List-Id");
        }
        if (m.from() != null && MACHINE_SENDERS.contains(m.from().split("@", 2)[0])) {
            // A bounce that is not an RFC 3464 report still quotes our message and may name it in References.
            return Optional.of("sent by a mail system");
        }
        return Optional.empty();
    }
}
