package dev.tactful.notifier.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.tactful.notifier.delivery.Backoff;
import dev.tactful.notifier.delivery.DeliverySettings;
import dev.tactful.notifier.support.Sql;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;

/**
 * Posts queued notification events to the integrator's URL, signed, with the same bounded exponential retries as
 * email. A claim is a lease on {@code next_attempt_at}, so a crash mid-call means one more call later (receivers
 * de-duplicate by {@code X-Tactful-Event-Id}), never a lost one.
 */
@ApplicationScoped
public class WebhookWorker {

    private static final Logger LOG = Logger.getLogger(WebhookWorker.class);

    @Inject
    Pool pool;

    @Inject
    Clock clock;

    @Inject
    Vertx vertx;

    @Inject
    WebhookSettings settings;

    @Inject
    DeliverySettings delivery;

    WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx);
    }

    record Call(UUID id, UUID eventId, String body, int attempts) {
    }

    @Scheduled(every = "${tactful.delivery.poll-interval:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!settings.enabled()) {
            return Uni.createFrom().voidItem();
        }
        return claim().chain(calls -> Multi.createFrom().iterable(calls)
                        .onItem().transformToUniAndConcatenate(this::call)
                        .collect().last())
                .onFailure().invoke(e -> LOG.warnf("Webhook loop error: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private Uni<List<Call>> claim() {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> conn.preparedQuery("update webhook_call set attempts = attempts + 1,"
                + " next_attempt_at = $2 where id in (select id from webhook_call where status = 'PENDING'"
                + " and next_attempt_at <= $1 order by next_attempt_at limit $3 for update skip locked)"
                + " returning id, event_id, body, attempts")
                .execute(Sql.args(now, now.plus(delivery.sendingLease()), delivery.batchSize()))
                .map(rows -> {
                    List<Call> calls = new ArrayList<>();
                    for (Row r : rows) {
                        calls.add(new Call(r.getUUID("id"), r.getUUID("event_id"), r.getString("body"), r.getInteger("attempts")));
                    }
                    return calls;
                }));
    }

    private Uni<Void> call(Call call) {
        long timestamp = clock.instant().getEpochSecond();
        return client.postAbs(settings.url())
                .putHeader("Content-Type", "application/json")
                .putHeader(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(settings.secret(), timestamp, call.body()))
                .putHeader(WebhookSigner.EVENT_ID_HEADER, call.eventId().toString())
                .timeout(10_000)
                .sendBuffer(Buffer.buffer(call.body()))
                .map(resp -> resp.statusCode() >= 200 && resp.statusCode() < 300 ? null : "HTTP " + resp.statusCode())
                .onFailure().recoverWithItem(e -> e.getClass().getSimpleName() + ": " + e.getMessage())
                .chain(error -> error == null ? done(call) : failed(call, error));
    }

    private Uni<Void> done(Call call) {
        return pool.preparedQuery("update webhook_call set status = 'SENT', sent_at = $2, last_error = null where id = $1")
                .execute(Sql.args(call.id(), clock.instant())).replaceWithVoid();
    }

    private Uni<Void> failed(Call call, String error) {
        boolean last = call.attempts() >= delivery.maxAttempts();
        Instant next = clock.instant().plus(Backoff.after(call.attempts(), delivery));
        LOG.warnf("Webhook call %s failed (try %d): %s", call.eventId(), call.attempts(), error);
        return pool.preparedQuery("update webhook_call set status = $2, next_attempt_at = $3, last_error = $4 where id = $1")
                .execute(Sql.args(call.id(), last ? "FAILED" : "PENDING", next, error)).replaceWithVoid();
    }
}
