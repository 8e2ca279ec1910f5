package dev.tactful.events.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import dev.tactful.events.EventType;
import dev.tactful.events.Topics;

/** asyncapi.yaml is shipped in the jar, parses, and describes exactly the contract's topics and types. */
class AsyncApiDocumentTest {

    private static JsonNode doc;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    private static List<String> texts(JsonNode parent, String field) {
        List<String> out = new ArrayList<>();
        parent.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    @Test
    void isAnAsyncApi3Document() {
        assertThat(doc.get("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(doc.at("/info/title").asText()).isNotBlank();
        assertThat(doc.at("/info/version").asText()).isNotBlank();
    }

    @Test
    void describesEveryTopicAndItsDeadLetterTopic() {
        List<String> expected = new ArrayList<>();
        for (String topic : List.of(Topics.INTERVIEW_EVENTS, Topics.FOLLOWUPS_DUE, Topics.NOTIFICATION_EVENTS, Topics.INBOX_EVENTS)) {
            expected.add(topic);
            expected.add(Topics.dlq(topic));
        }
        assertThat(texts(doc.get("channels"), "address")).containsExactlyInAnyOrderElementsOf(expected);
        doc.get("channels").forEach(channel ->
                assertThat(channel.at("/bindings/kafka/topic").asText()).isEqualTo(channel.get("address").asText()));
    }

    @Test
    void describesEveryEventTypeWithItsShippedSchema() {
        List<String> names = texts(doc.at("/components/messages"), "name");
        assertThat(names).containsExactlyInAnyOrderElementsOf(
                java.util.Arrays.stream(EventType.values()).map(EventType::type).toList());

        doc.at("/components/messages").forEach(message -> {
            EventType type = EventType.ofType(message.get("name").asText()).orElseThrow();
            String ref = message.at("/payload/schema/$ref").asText();
            assertThat(ref).isEqualTo("./" + type.schemaResource());
            assertThat(AsyncApiDocumentTest.class.getClassLoader().getResource(type.schemaResource())).isNotNull();
            assertThat(message.at("/payload/schemaFormat").asText()).contains("draft-2020-12");
            JsonNode typeHeader = message.at("/headers/allOf/1/properties/ce_type/const");
            assertThat(typeHeader.asText()).isEqualTo(type.type());
        });
    }

    @Test
    void eachTypeIsCarriedOnItsTopicAndItsDeadLetterTopic() {
        for (EventType type : EventType.values()) {
            for (String address : List.of(type.topic(), Topics.dlq(type.topic()))) {
                JsonNode channel = channelAt(address);
                Set<String> carried = new HashSet<>();
                channel.get("messages").forEach(m -> carried.add(resolve(m.get("$ref").asText()).get("name").asText()));
                assertThat(carried).as(address).contains(type.type());
            }
        }
    }

    @Test
    void headersNameTheCloudEventsBinaryModeAttributesAndTheKeyIsTheInterviewId() {
        JsonNode headers = doc.at("/components/schemas/CloudEventHeaders/properties");
        List<String> names = new ArrayList<>();
        headers.fieldNames().forEachRemaining(names::add);
        // events-kafka checks that its header binding writes exactly these (CloudEventHeadersDocumentTest).
        assertThat(names).containsExactlyInAnyOrder("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time",
                "ce_subject", "content-type");
        assertThat(headers.at("/ce_specversion/const").asText()).isEqualTo("1.0");
        assertThat(doc.at("/components/schemas/InterviewKey/format").asText()).isEqualTo("uuid");
        doc.at("/components/messages").forEach(message -> {
            assertThat(message.at("/headers/allOf/0/$ref").asText()).isEqualTo("#/components/schemas/CloudEventHeaders");
            JsonNode trait = resolve(message.at("/traits/0/$ref").asText());
            // An erasure is about a person, not one interview: it alone is keyed by the candidate id.
            String key = message.at("/name").asText().equals("tactful.candidate.erased.v1") ? "CandidateKey" : "InterviewKey";
            assertThat(resolve(trait.at("/bindings/kafka/key/$ref").asText())).isEqualTo(doc.at("/components/schemas/" + key));
        });
    }

    @Test
    void everyLocalReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                assertThat(resolve(ref).isMissingNode()).as(ref).isFalse();
            } else {
                assertThat(AsyncApiDocumentTest.class.getClassLoader().getResource(ref.replaceFirst("^\\./", "")))
                        .as(ref).isNotNull();
            }
        }
    }

    @Test
    void operationsSendAndReceiveOnEveryMainTopic() {
        for (String topic : List.of(Topics.INTERVIEW_EVENTS, Topics.FOLLOWUPS_DUE, Topics.NOTIFICATION_EVENTS, Topics.INBOX_EVENTS)) {
            Set<String> actions = new HashSet<>();
            doc.get("operations").forEach(op -> {
                if (resolve(op.at("/channel/$ref").asText()).get("address").asText().equals(topic)) {
                    actions.add(op.get("action").asText());
                }
            });
            assertThat(actions).as(topic).containsExactlyInAnyOrder("send", "receive");
        }
    }

    private static JsonNode channelAt(String address) {
        for (JsonNode channel : doc.get("channels")) {
            if (channel.get("address").asText().equals(address)) {
                return channel;
            }
        }
        throw new AssertionError("No channel with address " + address);
    }

    /** Follows a local JSON pointer reference, including references that land on another reference. */
    private static JsonNode resolve(String ref) {
        JsonNode node = doc.at(ref.substring(1).replace("~1", "/"));
        return node.has("$ref") && node.get("$ref").asText().startsWith("#/") ? resolve(node.get("$ref").asText()) : node;
    }

    private static void collectRefs(JsonNode node, List<String> into) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    into.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), into);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, into));
        }
    }
}
