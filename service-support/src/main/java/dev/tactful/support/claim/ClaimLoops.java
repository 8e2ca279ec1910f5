package dev.tactful.support.claim;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import dev.tactful.support.time.MachineTime;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.mutiny.sqlclient.Pool;

/** Creates, starts and stops a service's claim loops, and lists them for health. */
@ApplicationScoped
public class ClaimLoops {

    @Inject
    Pool pool;

    @Inject
    @MachineTime
    Clock machine;

    @Inject
    MeterRegistry registry;

    private final List<ClaimLoop<?>> loops = new CopyOnWriteArrayList<>();

    /** A loop that is not started: rounds run only when called ({@link ClaimLoop#runOnce()}), as tests do. */
    public <T extends ClaimedRow> ClaimLoop<T> create(ClaimQueue<T> queue) {
        ClaimLoop<T> loop = new ClaimLoop<>(queue, pool, machine, registry);
        loops.add(loop);
        return loop;
    }

    public <T extends ClaimedRow> ClaimLoop<T> start(ClaimQueue<T> queue) {
        ClaimLoop<T> loop = create(queue);
        loop.start();
        return loop;
    }

    public List<ClaimLoop<?>> loops() {
        return List.copyOf(loops);
    }

    void stopAll(@Observes ShutdownEvent event) {
        // A round in flight finishes (or rolls back) before the pool and producers close.
        loops.forEach(l -> l.stop(Duration.ofSeconds(15)));
    }
}
