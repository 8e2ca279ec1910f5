package dev.tactful.notifier.it;

import static dev.tactful.notifier.Fixtures.AVERY;
import static dev.tactful.notifier.Fixtures.due;
import static dev.tactful.notifier.Fixtures.northwind;
import static dev.tactful.notifier.it.DeliveryFlowTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import dev.tactful.events.Channel;
import dev.tactful.events.DeliveryMode;
import dev.tactful.events.FollowUpDue;
import dev.tactful.events.FollowUpKind;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.infra.TactfulInfraResource;
import dev.tactful.notifier.webhook.WebhookSigner;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** A tiny HTTP receiver plays the integrator: it refuses each event's first call, checks signatures, keeps the rest. */
@QuarkusTest
@TestProfile(WebhookTest.WithWebhook.class)
@WithTestResource(value = TactfulInfraResource.class, initArgs = @ResourceArg(name = "database", value = "notifier"))
class WebhookTest {

    /**
     * A Standard Webhooks secret (whsec_ and 24 bytes in base64). A constant: the profile and the test class live in
     * different class loaders, so a random value would differ between the app and the receiver.
     */
    static final String SECRET = "whsec_dGFjdGZ1bC13ZWJob29rLXRlc3Qtc2VjcmV0";
    static final String PORT_PROPERTY = "tactful.test.webhook.port";

    /** Picks the receiver's port before the app starts; the test starts the receiver on it. */
    public static class WithWebhook implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String port = System.getProperty(PORT_PROPERTY);
            if (port == null) {
                try (ServerSocket s = new ServerSocket(0)) {
                    port = Integer.toString(s.getLocalPort());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                System.setProperty(PORT_PROPERTY, port);
            }
            return Map.of("tactful.webhook.url", "http://127.0.0.1:" + port + "/hooks/tactful", "tactful.webhook.secret", SECRET);
        }
    }

    record Call(String eventId, String timestamp, String signature, String body, int status, String webhookId,
            String webhookTimestamp, String webhookSignature) {
    }

    static HttpServer server;
    static final List<Call> calls = new CopyOnWriteArrayList<>();
    static final Set<String> refusedOnce = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(System.getProperty(PORT_PROPERTY))), 0);
        server.createContext("/hooks/tactful", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String eventId = exchange.getRequestHeaders().getFirst(WebhookSigner.EVENT_ID_HEADER);
            int status = refusedOnce.add(eventId) ? 503 : 204;
            calls.add(new Call(eventId, exchange.getRequestHeaders().getFirst(WebhookSigner.TIMESTAMP_HEADER),
                    exchange.getRequestHeaders().getFirst(WebhookSigner.SIGNATURE_HEADER), body, status,
                    exchange.getRequestHeaders().getFirst("webhook-id"), exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature")));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stopReceiver() {
        server.stop(0);
    }

    @Test
    void eachDeliveryIsPostedSignedAndRetriedAfterARefusal() throws Exception {
        FollowUpDue due = due(FollowUpKind.THANK_YOU, Channel.EMAIL, DeliveryMode.DRAFT_TO_CANDIDATE, AVERY, northwind(null));
        Kafka.publish(due);

        await().atMost(WAIT).until(() -> accepted(due) != null);
        Call ok = accepted(due);
        assertThat(StandardWebhooksVerifier.verify(SECRET, ok.webhookId(), ok.webhookTimestamp(), ok.webhookSignature(),
                ok.body(), java.time.Instant.now())).as("the Standard Webhooks signature verifies").isTrue();
        String tamperedBody = ok.body().replace(due.followUpId().toString(), java.util.UUID.randomUUID().toString());
        assertThat(StandardWebhooksVerifier.verify(SECRET, ok.webhookId(), ok.webhookTimestamp(), ok.webhookSignature(),
                tamperedBody, java.time.Instant.now())).as("a changed body does not").isFalse();
        assertThat(StandardWebhooksVerifier.verify("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]),
                ok.webhookId(), ok.webhookTimestamp(), ok.webhookSignature(), ok.body(), java.time.Instant.now()))
                .as("another secret does not").isFalse();
        assertThat(StandardWebhooksVerifier.verify(SECRET, ok.webhookId(), ok.webhookTimestamp(), ok.webhookSignature(),
                ok.body(), java.time.Instant.now().plusSeconds(600))).as("nor does a call replayed 10 minutes later").isFalse();
        assertThat(ok.webhookId()).isEqualTo(ok.eventId());
        // The deprecated Tactful headers are still sent in this release.
        assertThat(ok.signature()).isEqualTo(WebhookSigner.signature(SECRET, Long.parseLong(ok.timestamp()), ok.body()));
        assertThat(ok.signature()).isNotEqualTo(WebhookSigner.signature("wrong-secret", Long.parseLong(ok.timestamp()), ok.body()));
        JsonNode json = EventJson.mapper().readTree(ok.body());
        assertThat(json.get("type").asText()).isEqualTo("tactful.notification.delivered.v1");
        assertThat(json.get("subject").asText()).isEqualTo(due.interviewId().toString());
        // The first call for this event was refused, so this one is a retry of the same event.
        assertThat(calls).filteredOn(c -> c.eventId().equals(ok.eventId())).extracting(Call::status).containsExactly(503, 204);
    }

    private static Call accepted(FollowUpDue due) {
        return calls.stream().filter(c -> c.status() == 204 && c.body().contains(due.followUpId().toString())).findFirst().orElse(null);
    }
}
