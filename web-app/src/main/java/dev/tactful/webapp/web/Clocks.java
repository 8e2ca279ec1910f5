package dev.tactful.webapp.web;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.arc.DefaultBean;

/**
 * The web app's clock: real UTC time. Link and session expiry are real time (a token's exp is checked against the
 * services' machine clocks); business times shown on pages come from the services. Tests may replace it.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
