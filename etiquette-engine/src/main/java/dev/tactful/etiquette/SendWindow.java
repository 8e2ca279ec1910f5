package dev.tactful.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * R11 send windows. Employer-facing messages land inside the recipient's business hours
 * ({@code businessStart} inclusive to {@code businessEnd} exclusive, business days only); candidate reminders
 * avoid the candidate's night ({@code quietStart} to {@code quietEnd}).
 *
 * <p>All arithmetic goes through {@link ZonedDateTime#of}, so daylight-saving gaps and overlaps follow the zone
 * rules: a window edge that falls into a gap moves to the first real local time after it, so no instant this
 * class returns ever stands for a local time that does not exist.
 */
public final class SendWindow {

    /** Far enough to cross any run of non-business days a sane settings object allows. */
    private static final int MAX_DAYS_SEARCHED = 14;

    private final EngineSettings settings;
    private final BusinessDays businessDays;

    public SendWindow(EngineSettings settings) {
        this.settings = settings;
        this.businessDays = new BusinessDays(settings);
        if (!settings.businessStart().isBefore(settings.businessEnd())) {
            throw new IllegalArgumentException("business hours must start before they end");
        }
    }

    /** Rounds up to the next whole minute, so due times read cleanly and compare to the minute. */
    static Instant ceilToMinute(Instant t) {
        Instant floor = t.truncatedTo(ChronoUnit.MINUTES);
        return floor.equals(t) ? t : floor.plus(1, ChronoUnit.MINUTES);
    }

    /**
     * The first moment at or after {@code wish} inside the send window of a recipient in {@code zone}: business
     * hours for someone at the employer, waking hours for the candidate. Services use it when the candidate moves
     * a follow-up (snooze), so a moved message obeys R11 exactly as a planned one does.
     */
    public Instant firstAtOrAfter(Instant wish, ZoneId zone, boolean employerFacing) {
        return employerFacing ? firstBusinessMomentAtOrAfter(wish, zone) : firstWakingMomentAtOrAfter(wish, zone);
    }

    /** True when {@code t} lies inside the recipient's business hours in {@code zone}. */
    public boolean isBusinessMoment(Instant t, ZoneId zone) {
        ZonedDateTime local = t.atZone(zone);
        if (!businessDays.isBusinessDay(local.toLocalDate())) {
            return false;
        }
        return !t.isBefore(open(local.toLocalDate(), zone)) && t.isBefore(close(local.toLocalDate(), zone));
    }

    /** The first business moment at or after {@code t} (whole minutes). */
    public Instant firstBusinessMomentAtOrAfter(Instant t, ZoneId zone) {
        Instant from = ceilToMinute(t);
        LocalDate day = from.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++, day = day.plusDays(1)) {
            if (!businessDays.isBusinessDay(day)) {
                continue;
            }
            Instant open = open(day, zone);
            Instant close = close(day, zone);
            if (from.isBefore(close)) {
                return from.isAfter(open) ? from : open;
            }
        }
        throw new IllegalStateException("no business hours within two weeks of " + t);
    }

    /** Opening of business hours on {@code day}, or null when {@code day} is not a business day. */
    Instant openingOn(LocalDate day, ZoneId zone) {
        return businessDays.isBusinessDay(day) ? open(day, zone) : null;
    }

    /** True when {@code t} falls into the candidate's quiet hours in {@code zone}. */
    public boolean isQuiet(Instant t, ZoneId zone) {
        return isQuiet(t.atZone(zone).toLocalTime());
    }

    /** The first moment at or after {@code t} outside the candidate's quiet hours (whole minutes). */
    public Instant firstWakingMomentAtOrAfter(Instant t, ZoneId zone) {
        Instant from = ceilToMinute(t);
        ZonedDateTime local = from.atZone(zone);
        if (!isQuiet(local.toLocalTime())) {
            return from;
        }
        LocalTime wake = settings.quietEnd();
        LocalDate day = local.toLocalTime().isBefore(wake) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(day, wake, zone).toInstant();
    }

    private boolean isQuiet(LocalTime time) {
        LocalTime start = settings.quietStart();
        LocalTime end = settings.quietEnd();
        if (start.equals(end)) {
            return false;
        }
        if (start.isAfter(end)) {
            // the night wraps midnight: quiet from start until 24:00 and from 00:00 until end
            return !time.isBefore(start) || time.isBefore(end);
        }
        return !time.isBefore(start) && time.isBefore(end);
    }

    private Instant open(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, settings.businessStart(), zone).toInstant();
    }

    private Instant close(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, settings.businessEnd(), zone).toInstant();
    }
}
