package dev.tactful.planner.support;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

import dev.tactful.support.time.BusinessTime;

/**
 * The service's clock in tests: stands still at a fixed Saturday noon (UTC) unless a test moves it, so what is due
 * is decided by the test data, never by when the build runs. Replaces the default clock bean of service-support.
 */
@Singleton
@BusinessTime
public class TestClock extends Clock {

    /** Saturday: every business-hours window is closed, so employer follow-ups planned now are in the future. */
    public static final Instant START = Instant.parse("2026-11-21T12:00:00Z");

    private volatile Instant now = START;

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    public void set(Instant instant) {
        now = instant;
    }
}
