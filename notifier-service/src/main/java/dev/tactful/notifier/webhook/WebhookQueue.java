package dev.tactful.notifier.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.notifier.delivery.DeliverySettings;
import dev.tactful.notifier.support.Sql;
import dev.tactful.support.claim.Attempt;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.claim.ClaimedRow;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Signed calls to the integrator's URL, in lease mode, with the same bounded retries as email. A crash mid-call
 * means one more call later (receivers de-duplicate by {@code X-Tactful-Event-Id}), never a lost one.
 */
@ApplicationScoped
public class WebhookQueue implements ClaimQueue<WebhookQueue.Call> {

    record Call(UUID id, UUID eventId, String body, int attempts) implements ClaimedRow {
    }

    private static final String CLAIM = """
            UPDATE webhook_call SET attempts = attempts + 1, next_attempt_at = $2
             WHERE id IN (SELECT id FROM webhook_call
                           WHERE status = 'PENDING' AND next_attempt_at <= $1 AND parked_at IS NULL
                           ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
            RETURNING id, event_id, body, attempts""";

    @Inject
    WebhookSettings webhook;

    @Inject
    DeliverySettings delivery;

    @Inject
    Vertx vertx;

    /** The receiver checks the signature's timestamp against its own real clock, never our business clock. */
    @Inject
    @MachineTime
    Clock machineClock;

    WebClient client;

    @PostConstruct
    void init() {
        client = WebClient.create(vertx);
    }

    @Override
    public ClaimSettings settings() {
        // HTTP calls may run side by side: each is bounded by a 10 s timeout, far inside the lease.
        ClaimSettings mail = delivery.claimSettings("webhook");
        return ClaimSettings.leased("webhook", mail.batchSize(), mail.pollInterval(), mail.maxAttempts(), mail.initialBackoff(),
                mail.maxBackoff(), mail.lease(), mail.batchSize());
    }

    @Override
    public String table() {
        return "webhook_call";
    }

    @Override
    public Uni<List<Call>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return tx.preparedQuery(CLAIM).execute(Sql.args(now, leaseUntil, limit)).map(rows -> {
            List<Call> calls = new ArrayList<>();
            for (Row r : rows) {
                calls.add(new Call(r.getUUID("id"), r.getUUID("event_id"), r.getString("body"), r.getInteger("attempts")));
            }
            return calls;
        });
    }

    @Override
    public Uni<List<Attempt<Call>>> act(List<Call> rows) {
        return ClaimQueue.each(rows, settings().concurrency(), this::call);
    }

    private Uni<Attempt<Call>> call(Call call) {
        long timestamp = machineClock.instant().getEpochSecond();
        return client.postAbs(webhook.url())
                .putHeader("Content-Type", "application/json")
                .putHeader(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(webhook.secret(), timestamp, call.body()))
                .putHeader(WebhookSigner.EVENT_ID_HEADER, call.eventId().toString())
                .timeout(10_000)
                .sendBuffer(Buffer.buffer(call.body()))
                .map(resp -> resp.statusCode() >= 200 && resp.statusCode() < 300 ? Attempt.done(call)
                        : Attempt.failed(call, "HTTP " + resp.statusCode(), false));
    }

    @Override
    public Uni<Void> done(SqlConnection tx, List<Call> rows, Instant now) {
        return tx.preparedQuery("update webhook_call set status = 'SENT', sent_at = $2, last_error = null,"
                + " next_attempt_at = null where id = any($1)")
                .execute(Sql.args(rows.stream().map(Call::id).toArray(UUID[]::new), now)).replaceWithVoid();
    }

    @Override
    public Uni<Void> park(SqlConnection tx, Call call, String error, Instant now, boolean countAttempt) {
        return tx.preparedQuery("update webhook_call set status = 'FAILED', parked_at = $2, next_attempt_at = null,"
                + " last_error = $3 where id = $1").execute(Sql.args(call.id(), now, error)).replaceWithVoid();
    }
}
