package dev.tactful.inbox.classify;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the sync reads of one message, and all that classification and matching look at: a few headers, the first
 * text part (cut short) and, for a delivery report, its machine-readable part. Held in memory only; of a matched
 * message only the Message-ID, date, sender and the verdict are stored.
 *
 * @param headers   the headers classification needs, by lower-case name, first value each
 * @param threadIds Message-IDs named by In-Reply-To and References, in order, with their angle brackets
 * @param text      the first text part, at most {@link #MAX_TEXT} characters ("" when there is none)
 * @param report    the message/delivery-status part of a multipart/report, or null
 */
public record MessageFacts(long uid, String messageId, Instant date, String from, String subject,
        Map<String, String> headers, List<String> threadIds, String text, String report) {

    public static final int MAX_TEXT = 16_384;

    public MessageFacts {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        threadIds = threadIds == null ? List.of() : List.copyOf(threadIds);
        subject = subject == null ? "" : subject;
        text = text == null ? "" : text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
        from = from == null ? null : from.strip().toLowerCase(Locale.ROOT);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }
}
