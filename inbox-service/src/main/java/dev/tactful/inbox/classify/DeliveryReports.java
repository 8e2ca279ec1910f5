package dev.tactful.inbox.classify;

import java.util.Locale;
import java.util.Optional;

/**
 * Reads the machine-readable part of an RFC 3464 delivery report (message/delivery-status): a block of per-message
 * fields, then one block per recipient. The first recipient whose Action is "failed" is the bounce; a report that
 * only says "delayed", "delivered", "relayed" or "expanded" is no bounce.
 */
final class DeliveryReports {

    record Failure(String recipient, String status) {
    }

    private DeliveryReports() {
    }

    static Optional<Failure> firstFailure(String report) {
        if (report == null) {
            return Optional.empty();
        }
        // Continuation lines (RFC 5322 folding) belong to the field before them.
        String unfolded = report.replace("\r\n", "\n").replaceAll("\n[ \t]+", " ");
        for (String block : unfolded.split("\n\\s*\n")) {
            String recipient = null;
            String action = null;
            String status = null;
            for (String line : block.split("\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String value = line.substring(colon + 1).strip();
                switch (name) {
                    case "final-recipient" -> recipient = address(value);
                    case "original-recipient" -> recipient = recipient == null ? address(value) : recipient;
                    case "action" -> action = value.toLowerCase(Locale.ROOT);
                    case "status" -> status = value.split("\\s", 2)[0];
                    default -> {
                    }
                }
            }
            if (recipient != null && action != null && action.startsWith("failed")) {
                return Optional.of(new Failure(recipient, status == null || status.isBlank() ? null : status));
            }
        }
        return Optional.empty();
    }

    /** "rfc822; Avery@Northwind.example" becomes "avery@northwind.example". */
    private static String address(String value) {
        String v = value.contains(";") ? value.substring(value.indexOf(';') + 1) : value;
        v = v.strip();
        if (v.startsWith("<") && v.endsWith(">")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.contains("@") ? v.toLowerCase(Locale.ROOT) : null;
    }
}
