package dev.tactful.planner.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import dev.tactful.etiquette.EngineSettings;

/**
 * R11 for moves the candidate makes (snooze); the engine's own window logic is package-private, so this mirrors it
 * with the same settings: the first moment at or after a wish that lies in the recipient's
 * send window. Employer-facing messages need business hours on a business day; candidate reminders only avoid
 * the candidate's night. Local times are resolved with the zone's rules, so daylight-saving gaps push forward.
 */
public final class SendWindows {

    private final EngineSettings settings;

    public SendWindows(EngineSettings settings) {
        this.settings = settings;
    }

    public Instant firstAtOrAfter(Instant wish, ZoneId zone, boolean employerFacing) {
        // Whole minutes, like the engine's own due times.
        Instant t = wish.truncatedTo(ChronoUnit.MINUTES).equals(wish) ? wish
                : wish.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        return employerFacing ? businessWindow(t, zone) : outsideQuietHours(t, zone);
    }

    private Instant businessWindow(Instant wish, ZoneId zone) {
        ZonedDateTime local = wish.atZone(zone);
        LocalDate day = local.toLocalDate();
        // A week always contains a business day unless the configuration is empty; two weeks is a safe bound.
        for (int i = 0; i < 15; i++, day = day.plusDays(1)) {
            if (!settings.businessDays().contains(day.getDayOfWeek())) {
                continue;
            }
            Instant open = ZonedDateTime.of(day, settings.businessStart(), zone).toInstant();
            Instant close = ZonedDateTime.of(day, settings.businessEnd(), zone).toInstant();
            if (!wish.isBefore(close)) {
                continue;
            }
            return wish.isBefore(open) ? open : wish;
        }
        throw new IllegalStateException("No business day configured in tactful.etiquette.business-days");
    }

    private Instant outsideQuietHours(Instant wish, ZoneId zone) {
        LocalTime start = settings.quietStart();
        LocalTime end = settings.quietEnd();
        ZonedDateTime local = wish.atZone(zone);
        LocalTime t = local.toLocalTime();
        boolean wraps = start.isAfter(end); // e.g. 21:00-08:00 spans midnight
        boolean quiet = wraps ? (!t.isBefore(start) || t.isBefore(end)) : (!t.isBefore(start) && t.isBefore(end));
        if (!quiet) {
            return wish;
        }
        LocalDate wakeDay = wraps && !t.isBefore(start) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return ZonedDateTime.of(wakeDay, end, zone).toInstant();
    }
}
