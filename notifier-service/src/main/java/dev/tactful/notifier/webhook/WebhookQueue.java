package dev.tactful.notifier.webhook;

import java.io.UncheckedIOException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.tactful.notifier.delivery.DeliverySettings;
import dev.tactful.support.claim.Attempt;
import dev.tactful.support.claim.ClaimQueue;
import dev.tactful.support.claim.ClaimSettings;
import dev.tactful.support.time.MachineTime;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * Signed calls to the integrator's URL, in lease mode, with the same bounded retries as email. A crash mid-call
 * means one more call later (receivers de-duplicate by {@code X-Tactful-Event-Id}), never a lost one.
 */
@ApplicationScoped
public class WebhookQueue implements ClaimQueue<WebhookCall> {

    @Inject
    WebhookSettings webhook;

    @Inject
    WebhookCallRepository calls;

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
    public Uni<List<WebhookCall>> claim(SqlConnection tx, Instant now, Instant leaseUntil, int limit) {
        return calls.claim(tx, now, leaseUntil, limit);
    }

    @Override
    public Uni<List<Attempt<WebhookCall>>> act(List<WebhookCall> rows) {
        return ClaimQueue.each(rows, settings().concurrency(), this::call);
    }

    private Uni<Attempt<WebhookCall>> call(WebhookCall call) {
        return Uni.createFrom().item(() -> target())
                // DNS is blocking: never on an event loop.
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .chain(target -> post(call, target))
                .onFailure(WebhookTarget.Refused.class)
                .recoverWithItem(e -> Attempt.failed(call, e.getMessage(), true));
    }

    private WebhookTarget.Resolved target() {
        try {
            return WebhookTarget.resolve(webhook.uri(), webhook.allowPrivateAddresses());
        } catch (UnknownHostException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Connects to the address that was checked, not to whatever the name resolves to a moment later. */
    private Uni<Attempt<WebhookCall>> post(WebhookCall call, WebhookTarget.Resolved target) {
        long timestamp = machineClock.instant().getEpochSecond();
        String id = call.eventId.toString();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(target.uri().toString())
                .setServer(SocketAddress.inetSocketAddress(target.port(), target.address().getHostAddress()));
        return client.request(HttpMethod.POST, options)
                .putHeader("Content-Type", "application/json")
                .putHeader(WebhookSigner.ID_HEADER, id)
                .putHeader(WebhookSigner.STANDARD_TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSigner.STANDARD_SIGNATURE_HEADER,
                        WebhookSigner.standardSignature(webhook.secret(), id, timestamp, call.body))
                .putHeader(WebhookSigner.TIMESTAMP_HEADER, Long.toString(timestamp))
                .putHeader(WebhookSigner.SIGNATURE_HEADER, WebhookSigner.signature(webhook.secret(), timestamp, call.body))
                .putHeader(WebhookSigner.EVENT_ID_HEADER, id)
                .timeout(10_000)
                .sendBuffer(Buffer.buffer(call.body))
                .map(resp -> resp.statusCode() >= 200 && resp.statusCode() < 300 ? Attempt.done(call)
                        : Attempt.failed(call, "HTTP " + resp.statusCode(), false));
    }

    @Override
    public Uni<Void> done(SqlConnection tx, List<WebhookCall> rows, Instant now) {
        return calls.markSent(tx, rows.stream().map(c -> c.id).toList(), now);
    }

    @Override
    public Uni<Void> park(SqlConnection tx, WebhookCall call, String error, Instant now, boolean countAttempt) {
        return calls.markFailed(tx, call.id, error, now);
    }
}
