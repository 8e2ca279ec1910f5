package dev.tactful.support.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * {@code /q/health/well}: DOWN while any queue has parked rows or its last round failed. Deliberately not a
 * readiness check: a parked row needs a person, not a restart, and taking the service out of rotation would
 * stop the healthy rows too.
 */
@Wellness
@ApplicationScoped
public class ClaimHealth implements HealthCheck {

    @Inject
    ClaimLoops loops;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder b = HealthCheckResponse.named("claim-loops").up();
        for (ClaimLoop<?> loop : loops.loops()) {
            b.withData(loop.name() + ".parked", loop.parked());
            if (loop.lastFailure() != null) {
                b.withData(loop.name() + ".lastFailure", loop.lastFailure());
                b.down();
            }
            if (loop.parked() > 0) {
                b.down();
            }
        }
        return b.build();
    }
}
