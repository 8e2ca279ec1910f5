package dev.tactful.support.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class SimulatedClockTest {

    /** A real clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now;

        ManualClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void startsAtEpochAndRunsAtRate() {
        ManualClock real = new ManualClock(Instant.parse("2030-01-01T00:00:00Z"));
        SimulatedClock clock = new SimulatedClock(real, Instant.parse("2026-11-19T01:00:00Z"), 3600);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-19T01:00:00Z"));
        real.now = real.now.plus(Duration.ofSeconds(2));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-19T03:00:00Z"));
    }

    @Test
    void defaultsToRealTime() {
        ManualClock real = new ManualClock(Instant.parse("2026-11-21T10:00:00Z"));
        SimulatedClock clock = new SimulatedClock(real, null, 1);
        real.now = real.now.plusMillis(1500);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-21T10:00:01.500Z"));
    }

    @Test
    void rejectsNonPositiveRate() {
        assertThatThrownBy(() -> new SimulatedClock(Clock.systemUTC(), null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clocksWithOneAnchorShareOneTimelineWhenEverTheyAreCreated() {
        ManualClock real = new ManualClock(Instant.parse("2030-01-01T00:00:10Z"));
        Instant anchor = Instant.parse("2030-01-01T00:00:00Z");
        Instant epoch = Instant.parse("2030-01-07T08:00:00Z");
        SimulatedClock early = new SimulatedClock(real, epoch, anchor, 60);
        real.now = real.now.plusSeconds(5);
        SimulatedClock late = new SimulatedClock(real, epoch, anchor, 60);
        // 15 real seconds after the anchor at 60x: 15 simulated minutes past the epoch, for both.
        assertThat(early.instant()).isEqualTo(Instant.parse("2030-01-07T08:15:00Z"));
        assertThat(late.instant()).isEqualTo(early.instant());
    }
}
