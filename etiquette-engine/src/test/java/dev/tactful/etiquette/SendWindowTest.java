package dev.tactful.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** R11 mechanics on their own, including window edges that fall into a daylight-saving gap. */
class SendWindowTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final SendWindow DEFAULT = new SendWindow(EngineSettings.defaults());

    /** Every day a business day, hours opening at 02:30: on 8 Mar 2026 New York skips from 02:00 to 03:00. */
    private static SendWindow opensAtTwoThirty() {
        EngineSettings d = EngineSettings.defaults();
        return new SendWindow(new EngineSettings(EnumSet.allOf(DayOfWeek.class), LocalTime.of(2, 30), LocalTime.of(17, 0),
                LocalTime.of(21, 0), LocalTime.of(2, 30), d.thankYouWithin(), d.graceBusinessDays(),
                d.defaultCheckInDays(), d.closeBusinessDays(), d.linkedinAfterDays(), d.moveOnAfterDays(),
                d.minDaysBetweenTouches(), d.maxTouchesPerPerson()));
    }

    @Test
    void r11_openingInsideADaylightSavingGapMovesToTheFirstRealLocalTime() {
        Instant due = opensAtTwoThirty().firstBusinessMomentAtOrAfter(Fixtures.at("2026-03-08T00:10", NEW_YORK), NEW_YORK);

        // 02:30 does not exist that night; the first real local time after it is 03:30 EDT = 07:30 UTC.
        assertThat(due).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
        assertThat(Fixtures.local(due, NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
    }

    @Test
    void r11_wakingTimeInsideADaylightSavingGapMovesToTheFirstRealLocalTime() {
        Instant due = opensAtTwoThirty().firstWakingMomentAtOrAfter(Fixtures.at("2026-03-07T23:00", NEW_YORK), NEW_YORK);

        assertThat(Fixtures.local(due, NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
    }

    @Test
    void r11_endOfBusinessHoursIsExclusive() {
        // Thursday 16:59:30 rounds up to 17:00, which is already closed: Friday 09:00.
        Instant due = DEFAULT.firstBusinessMomentAtOrAfter(Fixtures.at("2026-11-19T16:59:30", NEW_YORK), NEW_YORK);
        assertThat(Fixtures.local(due, NEW_YORK)).isEqualTo(LocalDateTime.parse("2026-11-20T09:00"));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds().stream().sorted().map(ZoneId::of).toList());
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2028-12-31T00:00:00Z").getEpochSecond()).map(Instant::ofEpochSecond);
    }

    @Property
    void firstBusinessMomentIsInsideTheWindowAndNothingEarlierIs(@ForAll("instants") Instant t,
            @ForAll("zones") ZoneId zone) {
        Instant due = DEFAULT.firstBusinessMomentAtOrAfter(t, zone);
        assertThat(due).isAfterOrEqualTo(t);
        assertThat(DEFAULT.isBusinessMoment(due, zone)).isTrue();
        var local = due.atZone(zone);
        assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(local.toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(16, 59));
        Instant minuteBefore = due.minus(Duration.ofMinutes(1));
        if (!minuteBefore.isBefore(t)) {
            assertThat(DEFAULT.isBusinessMoment(minuteBefore, zone)).isFalse();
        }
    }

    @Property
    void firstWakingMomentIsOutsideTheNight(@ForAll("instants") Instant t, @ForAll("zones") ZoneId zone) {
        Instant due = DEFAULT.firstWakingMomentAtOrAfter(t, zone);
        assertThat(due).isAfterOrEqualTo(t).isBefore(t.plus(Duration.ofHours(12)));
        LocalTime local = due.atZone(zone).toLocalTime();
        assertThat(local.isBefore(LocalTime.of(8, 0)) || !local.isBefore(LocalTime.of(21, 0))).isFalse();
    }

    @Test
    void r11_businessDaysCountForwardAcrossWeekends() {
        BusinessDays days = new BusinessDays(EngineSettings.defaults());
        assertThat(List.of(days.plus(java.time.LocalDate.parse("2026-11-26"), 3),
                days.plus(java.time.LocalDate.parse("2026-11-28"), 1),
                days.onOrBefore(java.time.LocalDate.parse("2026-11-29"))))
                .containsExactly(java.time.LocalDate.parse("2026-12-01"), java.time.LocalDate.parse("2026-11-30"),
                        java.time.LocalDate.parse("2026-11-27"));
    }
}
