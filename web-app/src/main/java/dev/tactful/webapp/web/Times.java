package dev.tactful.webapp.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import io.quarkus.qute.TemplateGlobal;

/** Times as people read them, always in a named zone (never the machine's). */
public final class Times {

    private static final DateTimeFormatter HUMAN = DateTimeFormatter.ofPattern("EEE d MMM uuuu, HH:mm", Locale.ENGLISH);
    /** The value format of {@code <input type="datetime-local">}. */
    public static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm", Locale.ROOT);

    /** Every IANA zone id, sorted, for the searchable zone lists. */
    @TemplateGlobal
    public static final List<String> zones = List.copyOf(new TreeSet<>(ZoneId.getAvailableZoneIds()));

    private Times() {
    }

    public static Optional<ZoneId> zone(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ZoneId.of(id.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** "Tue 8 Jan 2030, 09:00 (Asia/Tokyo)"; UTC when the zone is unknown. */
    public static String in(Instant instant, String zoneId) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = zone(zoneId).orElse(ZoneId.of("UTC"));
        return HUMAN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
    }

    public static String inputValue(Instant instant, String zoneId) {
        if (instant == null) {
            return "";
        }
        return LOCAL_INPUT.format(instant.atZone(zone(zoneId).orElse(ZoneId.of("UTC"))).truncatedTo(ChronoUnit.MINUTES));
    }

    /** A datetime-local value in the zone, or empty when it is not one. */
    public static Optional<Instant> parseLocal(String value, String zoneId) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            LocalDateTime local = LocalDateTime.parse(value.strip());
            return Optional.of(local.atZone(zone(zoneId).orElse(ZoneId.of("UTC"))).toInstant());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
