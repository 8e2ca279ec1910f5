package dev.tactful.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;

/** The one {@link Clock} of a service; tests may replace it with an alternative bean of their own. */
@ApplicationScoped
public class ClockProducer {

    private static final Logger LOG = Logger.getLogger(ClockProducer.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(@ConfigProperty(name = "tactful.clock.epoch") Optional<Instant> epoch,
            @ConfigProperty(name = "tactful.clock.anchor") Optional<Instant> anchor,
            @ConfigProperty(name = "tactful.clock.rate", defaultValue = "1") double rate) {
        if (epoch.isPresent() || rate != 1.0) {
            LOG.warnf("Simulated clock: starts at %s, runs %.1fx real time%s", epoch.map(Instant::toString).orElse("now"), rate,
                    anchor.map(a -> " (epoch shown at real " + a + ")").orElse(""));
        }
        return new SimulatedClock(Clock.systemUTC(), epoch.orElse(null), anchor.orElse(null), rate);
    }
}
