package dev.tactful.notifier.it;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import dev.tactful.events.FollowUpDue;
import dev.tactful.events.Topics;
import dev.tactful.events.cloudevents.EventJson;
import dev.tactful.events.cloudevents.TactfulEvents;
import dev.tactful.infra.TopicRecords;

/** Plain Kafka clients against the embedded broker: what the planner would publish, what integrators would read. */
public final class Kafka {

    private Kafka() {
    }

    public static void publish(FollowUpDue due) {
        Headers headers = TactfulEvents.headers(due.followUpId().toString(), "/tactful/planner-service", due,
                Instant.parse("2026-11-19T08:00:00Z"), due.interviewId());
        publishRaw(due.interviewId().toString(), EventJson.toBytes(due), headers);
    }

    public static void publishRaw(String key, byte[] value, Headers headers) {
        TopicRecords.send(new ProducerRecord<>(Topics.FOLLOWUPS_DUE, null, key, value, headers == null ? new RecordHeaders() : headers));
    }

    /** Every record currently on the topic, read from the beginning to its end offsets. */
    public static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        return TopicRecords.readToEnd(topic);
    }

    public static List<TactfulEvents.Envelope<Object>> notifications(Predicate<TactfulEvents.Envelope<Object>> filter) {
        return readAll(Topics.NOTIFICATION_EVENTS).stream().map(TactfulEvents::parse).filter(filter).toList();
    }
}
