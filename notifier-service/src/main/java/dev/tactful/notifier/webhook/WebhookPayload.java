package dev.tactful.notifier.webhook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.tactful.events.EventType;
import dev.tactful.events.cloudevents.EventJson;

/** The webhook body: the notification event as a CloudEvents 1.0 structured-mode JSON document. */
public final class WebhookPayload {

    private WebhookPayload() {
    }

    public static String json(UUID eventId, EventType type, Instant time, UUID interviewId, String dataJson) {
        try {
            ObjectNode node = EventJson.mapper().createObjectNode();
            node.put("specversion", "1.0");
            node.put("id", eventId.toString());
            node.put("source", "/tactful/notifier-service");
            node.put("type", type.type());
            node.put("time", time.toString());
            node.put("subject", interviewId.toString());
            node.put("datacontenttype", "application/json");
            node.set("data", EventJson.mapper().readTree(dataJson));
            return EventJson.mapper().writeValueAsString(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
