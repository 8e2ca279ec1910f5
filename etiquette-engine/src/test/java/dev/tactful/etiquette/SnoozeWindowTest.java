package dev.tactful.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The public entry point services use to move a follow-up into its recipient's window (snooze). */
class SnoozeWindowTest {

    private final SendWindow windows = new SendWindow(EngineSettings.defaults());
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Test
    void employerMessagesWaitForTheNextBusinessHour() {
        // Friday 18:30 New York (after hours) -> Monday 09:00 New York.
        assertThat(windows.firstAtOrAfter(Instant.parse("2026-11-20T23:30:00Z"), NEW_YORK, true))
                .isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        // Tuesday 07:00 -> Tuesday 09:00 the same day.
        assertThat(windows.firstAtOrAfter(Instant.parse("2026-11-24T12:00:00Z"), NEW_YORK, true))
                .isEqualTo(Instant.parse("2026-11-24T14:00:00Z"));
    }

    @Test
    void aWishInsideTheWindowIsKeptRoundedUpToTheMinute() {
        assertThat(windows.firstAtOrAfter(Instant.parse("2026-11-24T15:10:20Z"), NEW_YORK, true))
                .isEqualTo(Instant.parse("2026-11-24T15:11:00Z"));
    }

    @Test
    void daylightSavingIsHandledByTheZoneRules() {
        // Saturday 7 March 2026 -> Monday 9 March 09:00 EDT (UTC-4, the clocks went forward on Sunday).
        assertThat(windows.firstAtOrAfter(Instant.parse("2026-03-07T15:00:00Z"), NEW_YORK, true))
                .isEqualTo(Instant.parse("2026-03-09T13:00:00Z"));
    }

    @Test
    void candidateRemindersOnlyAvoidTheNight() {
        // Saturday 23:00 Berlin -> Sunday 08:00 Berlin; weekends are fine for the candidate.
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        assertThat(windows.firstAtOrAfter(Instant.parse("2026-11-21T22:00:00Z"), berlin, false))
                .isEqualTo(Instant.parse("2026-11-22T07:00:00Z"));
        // 03:00 -> 08:00 the same morning.
        assertThat(windows.firstAtOrAfter(Instant.parse("2026-11-22T02:00:00Z"), berlin, false))
                .isEqualTo(Instant.parse("2026-11-22T07:00:00Z"));
        // Saturday 14:00 stays.
        assertThat(windows.firstAtOrAfter(Instant.parse("2026-11-21T13:00:00Z"), berlin, false))
                .isEqualTo(Instant.parse("2026-11-21T13:00:00Z"));
    }
}
