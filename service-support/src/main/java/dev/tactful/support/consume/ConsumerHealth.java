package dev.tactful.support.consume;

import java.time.Clock;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import dev.tactful.support.time.MachineTime;
import io.smallrye.health.api.Wellness;

/**
 * {@code /q/health/well}: DOWN, with {@code state=degraded}, while a consumer retries a record in place. Deliberately
 * neither liveness nor readiness: the consumer is alive and loses nothing, it waits for the database or broker, and
 * a restart would only repeat the wait. Liveness stays UP because the connector's own "record unacknowledged for too
 * long" check is switched off ({@code throttled.unprocessed-record-max-age.ms=0}, see the service-support README).
 */
@Wellness
@ApplicationScoped
public class ConsumerHealth implements HealthCheck {

    @Inject
    ConsumerStatus status;

    @Inject
    @MachineTime
    Clock clock;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("kafka-consumers").up();
        var stuck = status.stuck();
        for (String channel : status.channels()) {
            ConsumerStatus.Stuck s = stuck.get(channel);
            if (s == null) {
                b.withData(channel + ".state", "consuming");
                continue;
            }
            b.down();
            b.withData(channel + ".state", "degraded");
            b.withData(channel + ".retrying", s.record());
            b.withData(channel + ".retryingForSeconds", Duration.between(s.since(), clock.instant()).toSeconds());
            b.withData(channel + ".failedAttempts", s.failedAttempts());
            b.withData(channel + ".lastError", s.lastError());
            b.withData(channel + ".nextAttemptAt", s.nextAttemptAt().toString());
        }
        return b.build();
    }
}
