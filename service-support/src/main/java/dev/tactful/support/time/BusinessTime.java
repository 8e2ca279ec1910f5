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
 * The business clock: the time of the candidate's world. It decides what is due, stamps what plans and events
 * say happened, and may be simulated ({@code tactful.clock.epoch}, {@code anchor}, {@code rate}) so that a week
 * of etiquette passes in seconds. Never use it to measure how long the machine should wait: a lease, a retry
 * backoff, a timeout or a poll interval is {@link MachineTime}, or a simulated week would last milliseconds.
 */
@Qualifier
@Retention(RUNTIME)
@Target({ FIELD, METHOD, PARAMETER, TYPE })
public @interface BusinessTime {
}
