package dev.tactful.notifier.support;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Panache transactions that work from any thread. Hibernate Reactive keeps its session on the current Vert.x
 * duplicated context and refuses to run without one. A Kafka record arrives on such a context, but a retry after
 * a backoff resubscribes on Mutiny's timer thread, the scheduler and tests call from plain threads: there the
 * work moves to a fresh context of its own, marked safe because nothing else shares it.
 */
@ApplicationScoped
public class Transactions {

    @Inject
    Vertx vertx;

    /** Runs {@code work} in one transaction; the supplier is called anew for every subscription (and retry). */
    public <T> Uni<T> inTransaction(Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            Context current = Vertx.currentContext();
            if (current != null && VertxContext.isDuplicatedContext(current)
                    && !VertxContextSafetyToggle.isExplicitlyMarkedAsUnsafe(current)) {
                return Panache.withTransaction(work);
            }
            Context own = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(own, true);
            return Uni.createFrom().<T>emitter(emitter -> own.runOnContext(ignored -> Panache.withTransaction(work)
                    .subscribe().with(emitter::complete, emitter::fail)));
        });
    }
}
