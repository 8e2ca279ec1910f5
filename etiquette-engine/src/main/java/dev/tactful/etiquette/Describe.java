package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Wording helpers for reasons: moments in the recipient's own zone, dates, lists of names. Always English with an
 * explicit locale, never the machine's.
 */
final class Describe {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("EEEE d MMMM HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.ENGLISH);

    private Describe() {
    }

    /** e.g. "Friday 20 November 09:00 Tokyo time". */
    static String moment(Instant t, ZoneId zone) {
        return MOMENT.format(t.atZone(zone)) + " " + place(zone) + " time";
    }

    /** e.g. "Thursday 26 November". */
    static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** "Asia/Tokyo" becomes "Tokyo", "America/New_York" becomes "New York", fixed offsets stay as they are. */
    static String place(ZoneId zone) {
        String id = zone.getId();
        int slash = id.lastIndexOf('/');
        return (slash >= 0 ? id.substring(slash + 1) : id).replace('_', ' ');
    }

    static String names(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String channel(Channel channel) {
        return switch (channel) {
            case EMAIL -> "email";
            case HANDWRITTEN_NOTE -> "handwritten note";
            case PHONE -> "phone call";
            case LINKEDIN -> "LinkedIn";
        };
    }

    static String name(String name) {
        return name == null || name.isBlank() ? "the interviewer" : name;
    }
}
