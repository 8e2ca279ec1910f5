package dev.tactful.support.time;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.inject.Qualifier;

/**
 * The machine clock: real UTC time, whatever the business clock shows. Leases on claimed rows, retry backoff,
 * timeouts, polling, token lifetimes and webhook signature timestamps are matters of real seconds between
 * machines, so they are read here. Never use it to decide what is due for a person: that is {@link BusinessTime}.
 */
@Qualifier
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER, TYPE })
public @interface MachineTime {
}
