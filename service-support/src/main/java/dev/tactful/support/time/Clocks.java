package dev.tactful.support.time;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/**
 * The two clocks of a service. There is deliberately no unqualified {@link Clock} bean: every injection point has
 * to say which time it means, so a lease can never again be measured on a simulated clock. Tests may replace
 * either with a bean of their own carrying the same qualifier.
 */
@ApplicationScoped
public class Clocks {

    private static final Logger LOG = Logger.getLogger(Clocks.class);

    @Produces
    @Singleton
    @DefaultBean
    @BusinessTime
    Clock businessClock(@ConfigProperty(name = "tactful.clock.epoch") Optional<Instant> epoch,
            @ConfigProperty(name = "tactful.clock.anchor") Optional<Instant> anchor,
            @ConfigProperty(name = "tactful.clock.rate", defaultValue = "1") double rate) {
        if (epoch.isPresent() || rate != 1.0) {
            LOG.warnf("Simulated business clock: starts at %s, runs %.1fx real time%s (leases, retries and timeouts stay on real time)",
                    epoch.map(Instant::toString).orElse("now"), rate,
                    anchor.map(a -> " (epoch shown at real " + a + ")").orElse(""));
        }
        return new SimulatedClock(Clock.systemUTC(), epoch.orElse(null), anchor.orElse(null), rate);
    }

    @Produces
    @Singleton
    @DefaultBean
    @MachineTime
    Clock machineClock() {
        return Clock.systemUTC();
    }
}
