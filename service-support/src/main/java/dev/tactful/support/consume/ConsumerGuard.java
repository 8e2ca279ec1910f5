package dev.tactful.support.consume;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.tactful.events.cloudevents.TactfulEvents.Envelope;
import dev.tactful.support.claim.Backoff;
import dev.tactful.support.kafka.KafkaPublisher.BrokerUnavailableException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * How every Tactful Kafka consumer treats a record. An {@code @Incoming} method hands each record here and returns
 * the {@code Uni}; the record is acknowledged only when that completes, i.e. when either
 * <ul>
 * <li>the work succeeded, or</li>
 * <li>the record can never be processed ({@link Failures#permanent}: not a CloudEvent, unexpected source or type,
 * unparseable, invalid, refused by the database for its data) and the broker has acknowledged its copy on
 * {@code <topic>-dlq} with the reason in {@code dead-letter-reason}.</li>
 * </ul>
 * Any other failure (the database or broker away, a timeout, a bug awaiting its fix) is retried in place, on machine
 * time, after 1x, 2x, 4x ... {@code tactful.consumer.retry.initial-backoff} up to {@code max-backoff}, for as long as
 * it takes. The connector processes a channel's records one after another, so the consumer does not move past the
 * record: nothing is lost and the order per partition holds. Meanwhile the connector keeps polling and pauses the
 * partitions once its small queue is full (so the group membership survives), {@link ConsumerHealth} reports the
 * channel degraded, and the gauge {@code tactful.consumer.retrying} is 1.
 * <p>
 * At shutdown a retry stops and the record stays unacknowledged (and uncommitted): the next consumer gets it again.
 */
@ApplicationScoped
public class ConsumerGuard {

    private static final Logger LOG = Logger.getLogger(ConsumerGuard.class);

    @Inject
    ConsumerStatus status;

    @Inject
    DeadLetters deadLetters;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "tactful.consumer.retry.initial-backoff", defaultValue = "1S")
    Duration initialBackoff;

    @ConfigProperty(name = "tactful.consumer.retry.max-backoff", defaultValue = "30S")
    Duration maxBackoff;

    private volatile boolean stopping;

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Parses the record through {@code gate} and runs {@code work} on the event, as described above. {@code work} is
     * called again for every retry, on the Vert.x context the record arrived on (Hibernate Reactive needs it).
     */
    public Uni<Void> process(String channel, ConsumerRecord<String, byte[]> record, EventGate gate,
            Function<Envelope<Object>, Uni<?>> work) {
        status.register(channel);
        Context context = Vertx.currentContext();
        String coordinates = record.topic() + "-" + record.partition() + "@" + record.offset();
        AtomicInteger failures = new AtomicInteger();
        return onContext(context, () -> work.apply(gate.parse(record)).replaceWithVoid())
                .onFailure(e -> Failures.permanent(e).isEmpty())
                .retry().when(errors -> errors.onItem().transformToUniAndConcatenate(
                        e -> backoff(channel, coordinates, failures.incrementAndGet(), e)))
                .onItem().invoke(() -> {
                    if (failures.get() > 0) {
                        LOG.infof("%s: record %s processed after %d failed attempts", channel, coordinates, failures.get());
                    }
                })
                .onFailure(e -> Failures.permanent(e).isPresent())
                .recoverWithUni(e -> deadLetter(channel, record, coordinates, context, e))
                .onTermination().invoke(() -> {
                    if (failures.get() > 0) {
                        status.recovered(channel);
                    }
                });
    }

    /**
     * The wait before the next attempt, or the failure itself when the application is stopping. It emits a non-null
     * item: {@code retry().when(...)} retries on each item, and a Multi drops a Uni's null item.
     */
    private Uni<Integer> backoff(String channel, String coordinates, int failedAttempts, Throwable error) {
        if (stopping) {
            return Uni.createFrom().failure(error);
        }
        Duration wait = Backoff.after(failedAttempts, initialBackoff, maxBackoff);
        status.failed(channel, coordinates, failedAttempts, error, wait);
        registry.counter("tactful.consumer.retries", "channel", channel).increment();
        // Coordinates and the error type only: a message could quote data, and data may name people.
        LOG.warnf("%s: record %s failed (attempt %d, %s); not acknowledged, retrying in %d ms", channel, coordinates,
                failedAttempts, Failures.describe(error), wait.toMillis());
        return Uni.createFrom().item(failedAttempts).onItem().delayIt().by(wait);
    }

    private Uni<Void> deadLetter(String channel, ConsumerRecord<String, byte[]> record, String coordinates, Context context,
            Throwable error) {
        DeadLetterReason reason = Failures.permanent(error).orElseThrow();
        AtomicInteger failures = new AtomicInteger();
        return Uni.createFrom().item(() -> deadLetters.write(record, reason, error))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .onFailure(BrokerUnavailableException.class)
                .retry().when(errors -> errors.onItem().transformToUniAndConcatenate(
                        e -> backoff(channel, coordinates + " (to the DLQ)", failures.incrementAndGet(), e)))
                .invoke(refused -> {
                    if (refused == null) {
                        registry.counter("tactful.consumer.dead-lettered", "channel", channel, "reason", reason.code()).increment();
                        LOG.warnf("%s: record %s dead-lettered to %s-dlq: %s", channel, coordinates, record.topic(), reason.code());
                        LOG.debugf("%s: record %s: %s", channel, coordinates, Failures.describe(error));
                    } else {
                        // Only the broker refusing this very record (e.g. too large for the DLQ) ends here. It stays
                        // in the source topic until retention; the log says where.
                        registry.counter("tactful.consumer.dead-letter.failed", "channel", channel).increment();
                        LOG.errorf("%s: record %s (%s) could not be dead-lettered and is skipped: %s", channel, coordinates,
                                reason.code(), Failures.describe(refused));
                    }
                })
                .emitOn(executor(context))
                .replaceWithVoid();
    }

    private static <T> Uni<T> onContext(Context context, Supplier<Uni<T>> work) {
        return Uni.createFrom().deferred(() -> {
            if (context == null || Vertx.currentContext() == context) {
                return work.get();
            }
            // A retry resubscribes on Mutiny's timer thread: go back to the record's own context.
            return Uni.createFrom().<T>emitter(emitter -> context.runOnContext(ignored -> {
                Uni<T> uni;
                try {
                    uni = work.get();
                } catch (RuntimeException e) {
                    emitter.fail(e);
                    return;
                }
                uni.subscribe().with(emitter::complete, emitter::fail);
            }));
        });
    }

    private static Executor executor(Context context) {
        return context == null ? Runnable::run : task -> context.runOnContext(ignored -> task.run());
    }
}
